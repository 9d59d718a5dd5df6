// Compile cost: umbrella_all.cpp, compiled by scripts/compile_cost.py with
// -DNEPTUNE_GRAPH_SEPARATE_COMPILATION (the service's entry points declared
// only; <neptune_graph/src.hpp> defines them in one other translation unit).
#include "umbrella_all.cpp"
