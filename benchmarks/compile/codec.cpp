// Compile cost: this library's model and codec, decode + encode of
// GetImportTaskOutput and ListImportTasksOutput (the peers' two shapes).
#include <neptune_graph/json.hpp>
#include <neptune_graph/model.hpp>

#include <string>
#include <string_view>

namespace {

template <class T>
std::string roundtrip(std::string_view text)
{
    auto v = neptune_graph::decode<T>(text);
    if(!v)
        return {};
    auto out = neptune_graph::encode(*v);
    return out ? std::move(*out) : std::string();
}

} // namespace

std::string compile_cost_get(std::string_view text)
{
    return roundtrip<neptune_graph::GetImportTaskOutput>(text);
}

std::string compile_cost_list(std::string_view text)
{
    return roundtrip<neptune_graph::ListImportTasksOutput>(text);
}
