// Compile cost: Glaze (C++23), read + write of plain structs mirroring the
// members of GetImportTaskOutput and ListImportTasksOutput. Compiled by
// scripts/compile_cost.py only when GLAZE_INCLUDE_DIR names Glaze's include
// directory, with -std=c++2b. Glaze reflects aggregates without metadata;
// enums are read as strings here and the import-options union is an object
// with its one optional member, as on the wire.
#include <glaze/glaze.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compile_cost {

struct NeptuneImportOptions
{
    std::string s3ExportPath;
    std::string s3ExportKmsKeyId;
    std::optional<bool> preserveDefaultVertexLabels;
    std::optional<bool> preserveEdgeIds;
};

struct ImportOptions
{
    std::optional<NeptuneImportOptions> neptune;
};

struct ImportTaskDetails
{
    std::string status;
    double startTime = 0;  // epoch seconds
    std::int64_t timeElapsedSeconds = 0;
    std::int32_t progressPercentage = 0;
    std::int32_t errorCount = 0;
    std::optional<std::string> errorDetails;
    std::int64_t statementCount = 0;
    std::int64_t dictionaryEntryCount = 0;
};

struct ImportTaskSummary
{
    std::optional<std::string> graphId;
    std::string taskId;
    std::string source;
    std::optional<std::string> format;
    std::optional<std::string> parquetType;
    std::string roleArn;
    std::string status;
};

struct GetImportTaskOutput
{
    std::optional<std::string> graphId;
    std::string taskId;
    std::string source;
    std::optional<std::string> format;
    std::optional<std::string> parquetType;
    std::string roleArn;
    std::string status;
    std::optional<ImportOptions> importOptions;
    std::optional<ImportTaskDetails> importTaskDetails;
    std::optional<std::int32_t> attemptNumber;
    std::optional<std::string> statusReason;
};

struct ListImportTasksOutput
{
    std::vector<ImportTaskSummary> tasks;
    std::optional<std::string> nextToken;
};

template <class T>
std::string roundtrip(std::string_view text)
{
    T v{};
    if(glz::read<glz::opts{.error_on_unknown_keys = false}>(v, text))
        return {};
    std::string out;
    if(glz::write_json(v, out))
        return {};
    return out;
}

} // namespace compile_cost

std::string compile_cost_get(std::string_view text)
{
    return compile_cost::roundtrip<compile_cost::GetImportTaskOutput>(text);
}

std::string compile_cost_list(std::string_view text)
{
    return compile_cost::roundtrip<compile_cost::ListImportTasksOutput>(text);
}
