// Compile cost: <neptune_graph/model.hpp> alone, nothing used.
#include <neptune_graph/model.hpp>
