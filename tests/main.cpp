// Catch2 v2 main(), built once as a static library and linked into every test
// executable so the (slow to compile) runner is not rebuilt per test file.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
