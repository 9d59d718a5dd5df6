// The example server's --state file: saved and read back equal, a restart
// resumes the tasks where they were, files that are not valid state files are
// refused with the JSON path and left as they were, the write is atomic and a
// failed save undoes the request. The restart of the real server is
// tests/interop/run_restart.sh.
#include "../examples/server/server_state.hpp"
#include "../examples/server/state_file.hpp"

#include <catch2/catch.hpp>

#include <boost/variant2/variant.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace ng = neptune_graph;
namespace fs = std::filesystem;
using namespace example;
using boost::variant2::get;
using boost::variant2::get_if;

namespace {

constexpr char role[] = "arn:aws:iam::123456789012:role/NeptuneGraphImport";
constexpr char kms[] = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
constexpr sim_time start = 1700000000 * micros_per_second;

// A seed task, so that restore is checked against ids and graphs the seed holds.
std::vector<ng::GetImportTaskOutput> seed()
{
    ng::GetImportTaskOutput t;
    t.graphId = "g-seeded0001";
    t.taskId = "t-seeded0001";
    t.source = "s3://seed/";
    t.roleArn = role;
    t.status = ng::ImportTaskStatus::SUCCEEDED;
    return {t};
}

struct server
{
    sim_time now;
    server_state state;

    explicit server(sim_time at = start) : now(at), state(seed(), [this] { return now; }, server_options{}) {}

    void advance(double seconds) { now += static_cast<sim_time>(seconds * micros_per_second); }

    ng::CreateGraphUsingImportTaskOutput create(std::string source, bool fail_on_error = false)
    {
        ng::CreateGraphUsingImportTaskInput in;
        in.graphName = "g";
        in.source = std::move(source);
        in.roleArn = role;
        in.tags = ng::TagMap{{"team", "graphs"}};
        if(fail_on_error)
            in.failOnError = true;
        return get<ng::CreateGraphUsingImportTaskOutput>(state.answer(in));
    }

    ng::StartExportTaskOutput start_export(std::string const& graph, std::string destination)
    {
        ng::StartExportTaskInput in;
        in.graphIdentifier = graph;
        in.roleArn = role;
        in.format = ng::ExportFormat::CSV;
        in.destination = std::move(destination);
        in.kmsKeyIdentifier = kms;
        return get<ng::StartExportTaskOutput>(state.answer(in));
    }

    ng::GetImportTaskOutput import(std::string const& id)
    {
        return get<ng::GetImportTaskOutput>(state.answer(ng::GetImportTaskInput{id}));
    }

    ng::GetExportTaskOutput exported(std::string const& id)
    {
        return get<ng::GetExportTaskOutput>(state.answer(ng::GetExportTaskInput{id}));
    }
};

template <class Task>
std::string status_of(Task const& t)
{
    return std::string(t.status.str());
}

std::string text_of(state_file const& s)
{
    auto t = write_state(s);
    REQUIRE(t.has_value());
    return *t;
}

// A server restarted from `s`, as main.cpp does it: the clock resumes at the saved time.
ng::result<void> restart(server& fresh, std::string const& text)
{
    auto s = read_state(text);
    if(!s)
        return s.error();
    fresh.now = s->simulatedTime;
    return fresh.state.restore(*s);
}

// A scratch directory, removed at the end.
struct scratch
{
    fs::path dir;
    scratch()
    {
        static std::atomic<int> n{0};
        dir = fs::temp_directory_path() /
              ("ng-state-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::create_directories(dir);
    }
    ~scratch() { fs::remove_all(dir); }
    std::vector<std::string> names() const
    {
        std::vector<std::string> out;
        for(auto const& e : fs::directory_iterator(dir))
            out.push_back(e.path().filename().string());
        return out;
    }
};

std::string read_bytes(fs::path const& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string replace(std::string s, std::string const& from, std::string const& to)
{
    auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

// A server with a bit of everything: two graphs, imports (one cancelled, one that fails), exports.
struct busy
{
    server a;
    ng::CreateGraphUsingImportTaskOutput running, cancelled, failing;
    ng::StartExportTaskOutput exporting;
    busy()
    {
        running = a.create("s3://bucket/social/");
        a.advance(30);
        cancelled = a.create("neptune-db://cluster/");
        exporting = a.start_export(*running.graphId, "s3://bucket/out/");
        a.advance(20);
        auto cancel = a.state.answer(ng::CancelImportTaskInput{cancelled.taskId});
        REQUIRE(get_if<ng::CancelImportTaskOutput>(&cancel));
        failing = a.create("s3://bucket/bad-records/", true);
        ng::StartExportTaskInput into_seed;
        into_seed.graphIdentifier = "g-seeded0001";
        into_seed.roleArn = role;
        into_seed.format = ng::ExportFormat::PARQUET;
        into_seed.destination = "s3://bucket/seeded/";
        into_seed.kmsKeyIdentifier = kms;
        auto seeded = a.state.answer(into_seed);
        REQUIRE(get_if<ng::StartExportTaskOutput>(&seeded));
        a.advance(100);
    }
};

} // namespace

TEST_CASE("a saved state reads back equal, and a server restored from it saves the same")
{
    busy b;
    state_file saved = b.a.state.snapshot(b.a.now);
    CHECK(saved.format == "neptune-graph-example-server-state");
    CHECK(saved.version == 1);
    CHECK(saved.graphs.size() == 3);
    CHECK(saved.importTasks.size() == 3);  // the seed's task is not saved
    CHECK(saved.exportTasks.size() == 2);
    for(auto const& t : saved.importTasks)
        CHECK(t.failOnError == (t.taskId == b.failing.taskId));
    std::string text = text_of(saved);

    auto read = read_state(text);
    REQUIRE(read.has_value());
    CHECK(text_of(*read) == text);

    server c;
    REQUIRE(restart(c, text).has_value());
    CHECK(text_of(c.state.snapshot(c.now)) == text);
}

TEST_CASE("a restarted server resumes its tasks where they were, then they go on")
{
    busy b;
    std::string text = text_of(b.a.state.snapshot(b.a.now));
    server c(start + 3600 * micros_per_second);  // started an hour later: downtime does not count
    REQUIRE(restart(c, text).has_value());
    CHECK(c.now == b.a.now);

    for(auto const& id : {b.running.taskId, b.cancelled.taskId, b.failing.taskId})
    {
        auto before = b.a.import(id), after = c.import(id);
        CHECK(status_of(before) == status_of(after));
        CHECK(before.importTaskDetails->progressPercentage == after.importTaskDetails->progressPercentage);
        CHECK(before.importTaskDetails->timeElapsedSeconds == after.importTaskDetails->timeElapsedSeconds);
        CHECK(before.importTaskDetails->startTime.microseconds == after.importTaskDetails->startTime.microseconds);
    }
    CHECK(c.exported(b.exporting.taskId).exportTaskDetails->progressPercentage ==
          b.a.exported(b.exporting.taskId).exportTaskDetails->progressPercentage);
    CHECK(std::string(c.import(b.cancelled.taskId).status.str()) == "CANCELLED");

    // Both go on the same way from there.
    for(server* s : {&b.a, &c})
        s->advance(3600);
    CHECK(std::string(c.import(b.running.taskId).status.str()) == "SUCCEEDED");
    CHECK(std::string(c.import(b.failing.taskId).status.str()) == "FAILED");
    CHECK(c.import(b.failing.taskId).statusReason == b.a.import(b.failing.taskId).statusReason);
    CHECK(std::string(c.exported(b.exporting.taskId).status.str()) == "SUCCEEDED");

    // The id counters carry on: the next ids are those the first server would give.
    CHECK(c.create("s3://next/").taskId == b.a.create("s3://next/").taskId);
}

TEST_CASE("files that are not valid state files are refused with their JSON path, untouched")
{
    busy b;
    std::string good = text_of(b.a.state.snapshot(b.a.now));
    std::string const running = b.running.taskId, cancelled = b.cancelled.taskId;
    struct bad
    {
        char const* what;
        std::string text;
        std::string path;  // what the message starts with
        std::string then;  // what it says further on (tasks are saved in task id order)
    };
    std::vector<bad> cases = {
        {"not JSON", replace(good, "\"graphs\": [", "\"graphs\": [}"), "$.graphs", ""},
        {"truncated", good.substr(0, good.size() / 2), "$.", ""},
        {"empty", "", "$", ""},
        {"another version", replace(good, "\"version\": 1", "\"version\": 2"), "$.version: unsupported version 2", ""},
        {"another format", replace(good, "neptune-graph-example-server-state", "something-else"),
         "$.format: not a state file of this server", ""},
        {"no format", "{\"version\": 1}", "$.format", ""},
        {"a required member absent", replace(good, "\"nextGraphCounter\"", "\"nextGraphCounterX\""),
         "$: object is missing required member 'nextGraphCounter'", ""},
        {"a string for a number", replace(good, "\"startedAt\": ", "\"startedAt\": \"x\", \"y\": "),
         "$.importTasks[", "].startedAt: expected an integer"},
        {"a duplicate task id", replace(good, cancelled, running), "$.importTasks[", "].taskId: task id '" + running + "' is used twice"},
        {"a task id the seed holds", replace(good, running, "t-seeded0001"), "$.importTasks[", "].taskId: task id 't-seeded0001' is used twice"},
        {"a task on an unknown graph", replace(good, "\"graphId\": \"" + *b.running.graphId + "\",\n      \"taskId\"",
                                               "\"graphId\": \"g-nowhere000\",\n      \"taskId\""),
         "$.importTasks[", "].graphId: the task's graph 'g-nowhere000' does not exist"},
        {"a duplicate graph id", replace(good, *b.cancelled.graphId, *b.running.graphId), "$.graphs[", ""},
        {"a bad task id", replace(good, running, "t-12"), "$.importTasks[", "].taskId: value 't-12' does not match pattern"},
    };
    scratch s;
    for(auto const& c : cases)
    {
        INFO(c.what);
        fs::path file = s.dir / "state.json";
        {
            std::ofstream out(file, std::ios::binary);
            out << c.text;
        }
        server fresh;
        auto r = restart(fresh, read_bytes(file));
        REQUIRE_FALSE(r.has_value());
        std::string message = describe("state.json", r.error());
        INFO(message);
        CHECK(message.rfind("state.json: " + c.path, 0) == 0);
        CHECK(message.find(c.then) != std::string::npos);
        CHECK(read_bytes(file) == c.text);
        CHECK(s.names() == std::vector<std::string>{"state.json"});
        // Nothing of a refused file is kept.
        CHECK(text_of(fresh.state.snapshot(fresh.now)) == text_of(server().state.snapshot(fresh.now)));
    }
}

TEST_CASE("the atomic write replaces the file and leaves no temporary file")
{
    scratch s;
    fs::path file = s.dir / "state.json";
    CHECK_FALSE(write_file_atomically(file, "one\n"));
    CHECK_FALSE(write_file_atomically(file, "two\n"));
    CHECK(read_bytes(file) == "two\n");
    CHECK(s.names() == std::vector<std::string>{"state.json"});

    auto why = write_file_atomically(s.dir / "no-such-dir" / "state.json", "x");
    REQUIRE(why);
    CHECK(why->find("no-such-dir") != std::string::npos);
    CHECK(s.names() == std::vector<std::string>{"state.json"});
}

TEST_CASE("each answer is saved before it is given; a failed save undoes the request with a 500")
{
    scratch s;
    fs::path file = s.dir / "state.json";
    server a;
    bool fail = false;
    a.state.save_with([&](state_file const& st) -> std::optional<std::string> {
        if(fail)
            return std::string("disk full");
        return write_file_atomically(file, text_of(st));
    });
    auto created = a.create("s3://bucket/social/");
    auto saved = read_state(read_bytes(file));
    REQUIRE(saved.has_value());
    REQUIRE(saved->importTasks.size() == 1);
    CHECK(saved->importTasks[0].taskId == created.taskId);

    a.advance(60);
    a.import(created.taskId);  // a read saves the time it showed
    CHECK(read_state(read_bytes(file))->simulatedTime == a.now);

    fail = true;
    std::string before = read_bytes(file);
    ng::CreateGraphUsingImportTaskInput in;
    in.graphName = "lost";
    in.source = "s3://lost/";
    in.roleArn = role;
    auto r = a.state.answer(in);
    REQUIRE(get_if<ng::InternalServerException>(&r));
    CHECK(get<ng::InternalServerException>(r).message.find("disk full") != std::string::npos);
    auto c = a.state.answer(ng::CancelImportTaskInput{created.taskId});
    REQUIRE(get_if<ng::InternalServerException>(&c));
    CHECK(read_bytes(file) == before);
    CHECK(s.names() == std::vector<std::string>{"state.json"});

    fail = false;
    CHECK(std::string(a.import(created.taskId).status.str()) != "CANCELLING");  // the cancel was undone
    CHECK(*a.create("s3://again/").graphId == make_id('g', 1));                  // the counter too
}
