// jemalloc, linked into the `readout` executable so that it replaces the C library's malloc
// for the whole process (Swift runtime included): the build allocates and frees many small
// strings and arrays on every core, which glibc's malloc does about 15% slower. See
// BENCHMARKS.md ("What was done").
#ifndef READOUT_CJEMALLOC_SHIM_H
#define READOUT_CJEMALLOC_SHIM_H
#include <jemalloc/jemalloc.h>
#endif
