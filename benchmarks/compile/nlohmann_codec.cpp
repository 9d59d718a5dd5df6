// Compile cost: the nlohmann/json peer (benchmarks/peers/nlohmann_codec.hpp),
// decode + encode of GetImportTaskOutput and ListImportTasksOutput.
#include "../peers/nlohmann_codec.hpp"

#include <string>
#include <string_view>

std::string compile_cost_get(std::string_view text)
{
    return peers::nlohmann_codec::encode(
        peers::nlohmann_codec::decode<neptune_graph::GetImportTaskOutput>(text));
}

std::string compile_cost_list(std::string_view text)
{
    return peers::nlohmann_codec::encode(
        peers::nlohmann_codec::decode<neptune_graph::ListImportTasksOutput>(text));
}
