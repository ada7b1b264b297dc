#ifndef READOUT_CCMARK_SHIM_H
#define READOUT_CCMARK_SHIM_H
#include <stdlib.h>
#include <cmark.h>

/// Frees a buffer returned by cmark (its default allocator is the C library's).
static inline void ccmark_free(char *buffer) { free(buffer); }
#endif
