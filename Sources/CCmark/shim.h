#ifndef READOUT_CCMARK_SHIM_H
#define READOUT_CCMARK_SHIM_H
#include <cmark.h>
#endif
