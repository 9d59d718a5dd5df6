// In separate compilation (NEPTUNE_GRAPH_SEPARATE_COMPILATION), the one
// translation unit that defines the library's entry points for the service's
// shapes and operations: the Meson build of the tests uses it.
#include <neptune_graph/src.hpp>
