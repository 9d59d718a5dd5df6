// The one source file of a program in separate compilation that defines the
// library's entry points for the service's shapes and operations.
#include <neptune_graph/src.hpp>
