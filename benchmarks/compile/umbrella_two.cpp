// Compile cost: the umbrella header (model, codec, validation, HTTP binding),
// decode + validate + encode of GetImportTaskOutput and ListImportTasksOutput.
#include <neptune_graph/neptune_graph.hpp>

#include <string>
#include <string_view>

namespace {

template <class T>
std::string roundtrip(std::string_view text)
{
    auto v = neptune_graph::decode<T>(text);
    if(!v || !neptune_graph::validate(*v).empty())
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
