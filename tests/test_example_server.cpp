// The example server's state with a hand-moved clock: phases at their documented
// moments, cancel timing, deterministic ids, the graph quota. The SDK's view of
// the same is tests/interop/service.test.mjs.
#include "../examples/server/server_state.hpp"

#include <catch2/catch.hpp>

#include <boost/variant2/variant.hpp>

namespace ng = neptune_graph;
using namespace example;
using boost::variant2::get;
using boost::variant2::get_if;

namespace {

constexpr char role[] = "arn:aws:iam::123456789012:role/NeptuneGraphImport";

struct fixture
{
    sim_time now = 1700000000 * micros_per_second;
    server_state state{{}, [this] { return now; }, server_options{2}};

    void advance(double seconds) { now += static_cast<sim_time>(seconds * micros_per_second); }

    ng::CreateGraphUsingImportTaskOutput create(std::string source)
    {
        ng::CreateGraphUsingImportTaskInput in;
        in.graphName = "g";
        in.source = std::move(source);
        in.roleArn = role;
        return get<ng::CreateGraphUsingImportTaskOutput>(state.answer(in));
    }

    ng::GetImportTaskOutput task(std::string const& id)
    {
        return get<ng::GetImportTaskOutput>(state.answer(ng::GetImportTaskInput{id}));
    }
};

std::string status(ng::GetImportTaskOutput const& t) { return std::string(t.status.str()); }

} // namespace

TEST_CASE("an import runs through its phases at the documented shares of its duration")
{
    for(std::string source : {"s3://bucket/data/", "neptune-db://cluster/"})
    {
        fixture f;
        bool const neptune = source[0] == 'n';
        std::int64_t const d = 480 + static_cast<std::int64_t>(fnv1a64(source) % 241);
        auto out = f.create(source);
        CHECK(std::string(out.status.str()) == "INITIALIZING");
        f.advance(d * 0.10 + 0.5);
        CHECK(status(f.task(out.taskId)) == (neptune ? "EXPORTING" : "ANALYZING_DATA"));
        f.advance(d * (neptune ? 0.45 : 0.20));
        CHECK(status(f.task(out.taskId)) == "IMPORTING");
        CHECK(f.task(out.taskId).importTaskDetails->statementCount < 1000000);
        f.now = 1700000000 * micros_per_second + d * micros_per_second;
        auto done = f.task(out.taskId);
        CHECK(status(done) == "SUCCEEDED");
        CHECK(done.importTaskDetails->progressPercentage == 100);
        CHECK(done.importTaskDetails->timeElapsedSeconds == d);
        CHECK(done.importTaskDetails->statementCount >= 1000000);
        f.advance(3600);
        CHECK(f.task(out.taskId).importTaskDetails->timeElapsedSeconds == d);  // frozen once over
    }
}

TEST_CASE("a cancelled import is CANCELLING for 10 simulated seconds, then CANCELLED")
{
    fixture f;
    auto out = f.create("s3://bucket/data/");
    f.advance(100);
    auto c = f.state.answer(ng::CancelImportTaskInput{out.taskId});
    REQUIRE(get_if<ng::CancelImportTaskOutput>(&c));
    CHECK(std::string(get<ng::CancelImportTaskOutput>(c).status.str()) == "CANCELLING");
    f.advance(9.9);
    CHECK(status(f.task(out.taskId)) == "CANCELLING");
    auto again = f.state.answer(ng::CancelImportTaskInput{out.taskId});
    REQUIRE(get_if<ng::ConflictException>(&again));
    CHECK(get<ng::ConflictException>(again).reason == ng::ConflictExceptionReason::CONCURRENT_MODIFICATION);
    f.advance(0.1);
    auto t = f.task(out.taskId);
    CHECK(status(t) == "CANCELLED");
    CHECK(t.importTaskDetails->timeElapsedSeconds == 100);
    auto late = f.state.answer(ng::CancelImportTaskInput{out.taskId});
    REQUIRE(get_if<ng::ConflictException>(&late));
    CHECK_FALSE(get<ng::ConflictException>(late).reason);
}

TEST_CASE("the same requests give the same ids; the graph quota counts created graphs")
{
    fixture a, b;
    auto x = a.create("s3://one/");
    auto y = b.create("s3://two/");
    CHECK(x.graphId == y.graphId);
    CHECK(x.taskId == y.taskId);
    a.create("s3://three/");
    ng::CreateGraphUsingImportTaskInput in;
    in.graphName = "third";
    in.source = "s3://four/";
    in.roleArn = role;
    auto q = a.state.answer(in);
    REQUIRE(get_if<ng::ServiceQuotaExceededException>(&q));
    CHECK(get<ng::ServiceQuotaExceededException>(q).quotaCode == std::optional<std::string>("max-graphs"));
}
