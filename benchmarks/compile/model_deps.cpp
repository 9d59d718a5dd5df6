// Compile cost: what <neptune_graph/model.hpp> includes from outside the
// library, alone: Boost.Describe, Mp11, Variant2 and the standard headers its
// headers include. model_alone.cpp against this row is the cost of the model itself.
#include <boost/describe.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <boost/variant2/variant.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>
