// Glaze peer (Glaze 5.5.4, C++23; only in neptune_graph_bench_glaze, which is
// built when CMake is given NEPTUNE_GRAPH_GLAZE_INCLUDE_DIR). Glaze reads and
// writes plain aggregates that mirror the model types, reflected from their
// member names, with glz::read / glz::write and these choices:
//
// - unknown keys are skipped (error_on_unknown_keys = false), as the model does;
// - enums are the model's C++ enums, named by glz::meta with glz::enumerate; a
//   value that names no enumerator is an error (Glaze's unexpected_enum), where
//   the model keeps it as an unknown open_enum;
// - timestamps are doubles of epoch seconds, as on the wire: to_model rounds
//   them to microseconds, which is exact for the millisecond fractions the
//   service sends (and the corpus holds), as for RapidJSON's doubles;
// - the ImportOptions union is a struct with one optional member per known
//   member (only `neptune`): a member this model does not know is skipped like
//   any unknown key, where the model keeps it as an unknown_member;
// - optional members are std::optional: absent or null reads as empty, and an
//   empty one is not written (skip_null_members, Glaze's default);
// - a missing required member is not an error (Glaze's default), as in the
//   other peers.
//
// Glaze pads a non-const std::string it reads from (it resizes it by
// glz::padding_bytes and back, for its SWAR code), so decode() takes the text as
// a mutable string: the benchmark copies the corpus into one before timing, as
// the simdjson peer builds its padded_string. Reading into an existing value
// reuses its strings and list elements; members absent from the text keep what
// they held.
#ifndef NEPTUNE_GRAPH_BENCH_PEERS_GLAZE_CODEC_HPP
#define NEPTUNE_GRAPH_BENCH_PEERS_GLAZE_CODEC_HPP

#include <neptune_graph/model.hpp>

#include <glaze/glaze.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

template <>
struct glz::meta<neptune_graph::Format>
{
    using enum neptune_graph::Format;
    static constexpr auto value = glz::enumerate(CSV, OPEN_CYPHER, PARQUET, NTRIPLES);
};

template <>
struct glz::meta<neptune_graph::ParquetType>
{
    using enum neptune_graph::ParquetType;
    static constexpr auto value = glz::enumerate(COLUMNAR);
};

template <>
struct glz::meta<neptune_graph::ImportTaskStatus>
{
    using enum neptune_graph::ImportTaskStatus;
    static constexpr auto value =
        glz::enumerate(INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING, REPROVISIONING, ROLLING_BACK,
                       SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED);
};

namespace peers::glaze_codec {

namespace ng = neptune_graph;

// ---- the types Glaze reads and writes ---------------------------------------

struct NeptuneImportOptions
{
    std::string s3ExportPath;
    std::string s3ExportKmsKeyId;
    std::optional<bool> preserveDefaultVertexLabels;
    std::optional<bool> preserveEdgeIds;
};

struct ImportOptions  // the union: exactly one member is expected
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
    std::optional<ng::Format> format;
    std::optional<ng::ParquetType> parquetType;
    std::string roleArn;
    ng::ImportTaskStatus status{};
};

// Glaze reflects the members of an aggregate, not those of its bases: the
// summary's members are repeated.
struct GetImportTaskOutput
{
    std::optional<std::string> graphId;
    std::string taskId;
    std::string source;
    std::optional<ng::Format> format;
    std::optional<ng::ParquetType> parquetType;
    std::string roleArn;
    ng::ImportTaskStatus status{};
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

/// The Glaze type of each model type this peer covers.
template <class T>
struct glaze_type;
template <>
struct glaze_type<ng::GetImportTaskOutput>
{
    using type = GetImportTaskOutput;
};
template <>
struct glaze_type<ng::ListImportTasksOutput>
{
    using type = ListImportTasksOutput;
};
template <class T>
using glaze_type_t = typename glaze_type<T>::type;

// ---- decode and encode --------------------------------------------------------

inline constexpr glz::opts options{.error_on_unknown_keys = false};

/// Reads `text` (padded by Glaze and restored) into `out`.
template <class G>
glz::error_ctx decode(std::string& text, G& out)
{
    return glz::read<options>(out, text);
}

/// Writes `v` into `buf`, which Glaze resizes to the text (its capacity is reused).
template <class G>
glz::error_ctx encode(G const& v, std::string& buf)
{
    return glz::write<options>(v, buf);
}

// ---- to and from the model, outside the timed code ---------------------------

template <class E>
std::optional<ng::open_enum<E>> to_model(std::optional<E> const& e)
{
    if(e)
        return ng::open_enum<E>(*e);
    return std::nullopt;
}

inline ng::timestamp to_model_time(double seconds)
{
    return ng::timestamp{std::llround(seconds * 1e6)};
}

inline ng::NeptuneImportOptions to_model(NeptuneImportOptions const& o)
{
    return {o.s3ExportPath, o.s3ExportKmsKeyId, o.preserveDefaultVertexLabels, o.preserveEdgeIds};
}

inline ng::ImportOptions to_model(ImportOptions const& u)
{
    if(!u.neptune)
        throw std::invalid_argument("glaze peer: importOptions without a known member");
    return ng::ImportOptions{to_model(*u.neptune)};
}

inline ng::ImportTaskDetails to_model(ImportTaskDetails const& d)
{
    ng::ImportTaskDetails r;
    r.status = d.status;
    r.startTime = to_model_time(d.startTime);
    r.timeElapsedSeconds = d.timeElapsedSeconds;
    r.progressPercentage = d.progressPercentage;
    r.errorCount = d.errorCount;
    r.errorDetails = d.errorDetails;
    r.statementCount = d.statementCount;
    r.dictionaryEntryCount = d.dictionaryEntryCount;
    return r;
}

template <class S>
void summary_to_model(S const& s, ng::ImportTaskSummary& r)
{
    r.graphId = s.graphId;
    r.taskId = s.taskId;
    r.source = s.source;
    r.format = to_model(s.format);
    r.parquetType = to_model(s.parquetType);
    r.roleArn = s.roleArn;
    r.status = s.status;
}

inline ng::ImportTaskSummary to_model(ImportTaskSummary const& s)
{
    ng::ImportTaskSummary r;
    summary_to_model(s, r);
    return r;
}

inline ng::GetImportTaskOutput to_model(GetImportTaskOutput const& t)
{
    ng::GetImportTaskOutput r;
    summary_to_model(t, r);
    if(t.importOptions)
        r.importOptions = to_model(*t.importOptions);
    if(t.importTaskDetails)
        r.importTaskDetails = to_model(*t.importTaskDetails);
    r.attemptNumber = t.attemptNumber;
    r.statusReason = t.statusReason;
    return r;
}

inline ng::ListImportTasksOutput to_model(ListImportTasksOutput const& l)
{
    ng::ListImportTasksOutput r;
    r.tasks.reserve(l.tasks.size());
    for(auto const& t : l.tasks)
        r.tasks.push_back(to_model(t));
    r.nextToken = l.nextToken;
    return r;
}

// The Glaze value of a model value. Throws std::invalid_argument for what the
// Glaze types cannot hold: an unknown enum value or union member.
template <class E>
E from_model(ng::open_enum<E> const& e)
{
    if(auto v = e.value())
        return *v;
    throw std::invalid_argument("glaze peer: unknown enum value \"" + std::string(e.str()) + "\"");
}

template <class E>
std::optional<E> from_model(std::optional<ng::open_enum<E>> const& e)
{
    if(e)
        return from_model(*e);
    return std::nullopt;
}

inline NeptuneImportOptions from_model(ng::NeptuneImportOptions const& o)
{
    return {o.s3ExportPath, o.s3ExportKmsKeyId, o.preserveDefaultVertexLabels, o.preserveEdgeIds};
}

inline ImportOptions from_model(ng::ImportOptions const& u)
{
    auto const* n = boost::variant2::get_if<ng::NeptuneImportOptions>(&u.value);
    if(!n)
        throw std::invalid_argument("glaze peer: importOptions with an unknown member");
    return {from_model(*n)};
}

inline ImportTaskDetails from_model(ng::ImportTaskDetails const& d)
{
    ImportTaskDetails r;
    r.status = d.status;
    // Exact division of two doubles: the double nearest the decimal seconds.
    r.startTime = static_cast<double>(d.startTime.microseconds) / 1e6;
    r.timeElapsedSeconds = d.timeElapsedSeconds;
    r.progressPercentage = d.progressPercentage;
    r.errorCount = d.errorCount;
    r.errorDetails = d.errorDetails;
    r.statementCount = d.statementCount;
    r.dictionaryEntryCount = d.dictionaryEntryCount;
    return r;
}

template <class S>
void summary_from_model(ng::ImportTaskSummary const& s, S& r)
{
    r.graphId = s.graphId;
    r.taskId = s.taskId;
    r.source = s.source;
    r.format = from_model(s.format);
    r.parquetType = from_model(s.parquetType);
    r.roleArn = s.roleArn;
    r.status = from_model(s.status);
}

inline ImportTaskSummary from_model(ng::ImportTaskSummary const& s)
{
    ImportTaskSummary r;
    summary_from_model(s, r);
    return r;
}

inline GetImportTaskOutput from_model(ng::GetImportTaskOutput const& t)
{
    GetImportTaskOutput r;
    summary_from_model(t, r);
    if(t.importOptions)
        r.importOptions = from_model(*t.importOptions);
    if(t.importTaskDetails)
        r.importTaskDetails = from_model(*t.importTaskDetails);
    r.attemptNumber = t.attemptNumber;
    r.statusReason = t.statusReason;
    return r;
}

inline ListImportTasksOutput from_model(ng::ListImportTasksOutput const& l)
{
    ListImportTasksOutput r;
    r.tasks.reserve(l.tasks.size());
    for(auto const& t : l.tasks)
        r.tasks.push_back(from_model(t));
    r.nextToken = l.nextToken;
    return r;
}

} // namespace peers::glaze_codec

#endif
