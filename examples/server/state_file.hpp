// The state file of --state: what the server keeps across a restart, read and written with the library's own codec.
//
// `{"format": "neptune-graph-example-server-state", "version": 1, "simulatedTime": ..., ...}`:
// the created graphs, the started import and export tasks with what their
// status is computed from (inputs, start and cancel moments in simulated
// microseconds; the failure triggers follow from the source, destination and
// failOnError), the id counters and the simulated time of the last answer.
// The seed's tasks are not in it: they come from the seed on every start.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_STATE_FILE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_STATE_FILE_HPP

#include "sim_clock.hpp"

#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/service/constraints.hpp>
#include <neptune_graph/validate.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <boost/describe/class.hpp>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace example {

namespace ng = neptune_graph;

inline constexpr char state_format[] = "neptune-graph-example-server-state";
inline constexpr std::int32_t state_version = 1;

/// A graph CreateGraphUsingImportTask created.
struct saved_graph
{
    std::string graphId;
    std::string name;
    ng::TagMap tags;
};
BOOST_DESCRIBE_STRUCT(saved_graph, (), (graphId, name, tags))

/// A started import task: what does not change, plus what its run is computed from.
struct saved_import_task : ng::GetImportTaskOutput
{
    bool failOnError = false;
    sim_time startedAt = 0;               // simulated epoch microseconds
    std::optional<sim_time> cancelledAt;  // the accepted cancel, if any
};
BOOST_DESCRIBE_STRUCT(saved_import_task, (ng::GetImportTaskOutput), (failOnError, startedAt, cancelledAt))

/// A started export task, likewise.
struct saved_export_task : ng::GetExportTaskOutput
{
    sim_time startedAt = 0;
    std::optional<sim_time> cancelledAt;
};
BOOST_DESCRIBE_STRUCT(saved_export_task, (ng::GetExportTaskOutput), (startedAt, cancelledAt))

struct state_file
{
    std::string format = state_format;
    std::int32_t version = state_version;
    sim_time simulatedTime = 0;  // the simulated moment of the last answer: where the clock resumes
    std::uint64_t nextTaskCounter = 0;
    std::uint64_t nextGraphCounter = 0;
    std::vector<saved_graph> graphs;
    std::vector<saved_import_task> importTasks;
    std::vector<saved_export_task> exportTasks;
};
BOOST_DESCRIBE_STRUCT(state_file, (),
                      (format, version, simulatedTime, nextTaskCounter, nextGraphCounter, graphs, importTasks,
                       exportTasks))

/// What is read first, leniently: a file of another format or version is named as such.
struct state_header
{
    std::optional<std::string> format;
    std::optional<std::int32_t> version;
};
BOOST_DESCRIBE_STRUCT(state_header, (), (format, version))

/// The state as JSON text (importOptions members this model does not know are kept as they are).
inline ng::result<std::string> write_state(state_file const& s)
{
    ng::encode_options opts;
    opts.pass_through_unknown = true;
    opts.pretty = true;
    auto text = ng::encode(s, opts);
    if(text)
        text->push_back('\n');
    return text;
}

/** Reads a state file's text: its format and version first, then strictly
    (every required member present, every enum value known), then against the
    model's constraints. The invariants that need the seed (ids, graphs) are
    server_state::restore's. */
inline ng::result<state_file> read_state(std::string_view text)
{
    auto header = ng::decode<state_header>(text);
    if(!header)
        return header.error();
    if(header->format != std::optional<std::string>(state_format))
        return ng::error{ng::errc::invalid_value, "$.format", 0,
                         "not a state file of this server: format " +
                             (header->format ? "'" + *header->format + "'" : std::string("absent")) +
                             ", expected '" + state_format + "'"};
    if(header->version != state_version)
        return ng::error{ng::errc::invalid_value, "$.version", 0,
                         "unsupported version " +
                             (header->version ? std::to_string(*header->version) : std::string("(absent)")) +
                             ": this server reads version " + std::to_string(state_version)};
    ng::decode_options strict;
    strict.strict = true;
    auto s = ng::decode<state_file>(text, strict);
    if(!s)
        return s.error();
    std::vector<ng::violation> violations = ng::validate(*s);
    if(!violations.empty())
    {
        ng::violation const& v = violations.front();
        return ng::error{v.code, v.path, 0, v.message()};
    }
    return s;
}

/// `path: message`, with the byte offset when the error has one: what the server prints.
inline std::string describe(std::string const& file, ng::error const& e)
{
    std::string s = file + ": " + e.what();
    if(e.offset > 0)
        s += " (at byte " + std::to_string(e.offset) + ")";
    return s;
}

/** Replaces `path` with `text` atomically: writes a temporary file next to it,
    fsyncs it, renames it over `path`, fsyncs the directory. On failure `path`
    is as it was, the temporary file is removed, and the reason is returned. */
inline std::optional<std::string> write_file_atomically(std::filesystem::path const& path, std::string_view text)
{
    namespace fs = std::filesystem;
    fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    fs::path tmp = dir / ("." + path.filename().string() + ".tmp");
    auto failed = [&](char const* what) {
        std::string why = std::string(what) + " " + tmp.string() + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
        return why;
    };
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if(fd < 0)
        return failed("cannot create");
    for(std::size_t done = 0; done < text.size();)
    {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if(n < 0 && errno == EINTR)
            continue;
        if(n <= 0)
        {
            ::close(fd);
            return failed("cannot write");
        }
        done += static_cast<std::size_t>(n);
    }
    if(::fsync(fd) != 0)
    {
        ::close(fd);
        return failed("cannot fsync");
    }
    if(::close(fd) != 0)
        return failed("cannot close");
    if(::rename(tmp.c_str(), path.c_str()) != 0)
        return failed(("cannot rename over " + path.string() + ":").c_str());
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if(dfd < 0)
        return "cannot open the directory " + dir.string() + ": " + std::strerror(errno);
    int synced = ::fsync(dfd);
    int saved_errno = errno;
    ::close(dfd);
    if(synced != 0)
        return "cannot fsync the directory " + dir.string() + ": " + std::strerror(saved_errno);
    return std::nullopt;
}

} // namespace example

#endif
