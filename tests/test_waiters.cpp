// The model's two waiters, ImportTaskSuccessful and ImportTaskCancelled, as
// pure functions of a GetImportTask result: every ImportTaskStatus, unknown
// and absent statuses, and errors.
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/parse_response.hpp>
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/service/waiters.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <iterator>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace ng = neptune_graph;
using ng::waiter_state;
using S = ng::ImportTaskStatus;

namespace Catch {
template <>
struct StringMaker<waiter_state>
{
    static std::string convert(waiter_state s)
    {
        switch(s)
        {
        case waiter_state::success: return "success";
        case waiter_state::failure: return "failure";
        case waiter_state::retry: return "retry";
        }
        return "?";
    }
};
} // namespace Catch

namespace {

// A GetImportTask result as a client gets it: through the response form.
ng::operation_result<ng::GetImportTask> task_with(ng::open_enum<S> status)
{
    ng::GetImportTaskOutput out;
    out.taskId = "t-0123456789";
    out.source = "s3://bucket/";
    out.roleArn = "arn:aws:iam::123456789012:role/R";
    out.status = status;
    auto resp = ng::make_response<ng::GetImportTask>(out).value();
    return ng::parse_response<ng::GetImportTask>(resp);
}

template <class E>
ng::operation_result<ng::GetImportTask> failed_with(E const& e)
{
    return ng::parse_response<ng::GetImportTask>(ng::make_error_response(e).value());
}

// What each waiter answers for each status of the model, from waiters-2.json.
struct expectation
{
    S status;
    waiter_state successful;
    waiter_state cancelled;
};

constexpr expectation expected[] = {
    {S::INITIALIZING, waiter_state::retry, waiter_state::failure},
    {S::EXPORTING, waiter_state::retry, waiter_state::failure},
    {S::ANALYZING_DATA, waiter_state::retry, waiter_state::failure},
    {S::IMPORTING, waiter_state::retry, waiter_state::failure},
    {S::REPROVISIONING, waiter_state::retry, waiter_state::failure},
    {S::ROLLING_BACK, waiter_state::failure, waiter_state::failure},
    {S::SUCCEEDED, waiter_state::success, waiter_state::failure},
    {S::FAILED, waiter_state::failure, waiter_state::failure},
    {S::CANCELLING, waiter_state::failure, waiter_state::retry},
    {S::CANCELLED, waiter_state::failure, waiter_state::success},
    {S::DELETED, waiter_state::retry, waiter_state::failure},  // no acceptor: keeps polling
};

} // namespace

TEST_CASE("the waiters' delays and attempt limits are the model's", "[waiters]")
{
    STATIC_REQUIRE(ng::ImportTaskSuccessful::delay == std::chrono::seconds(60));
    STATIC_REQUIRE(ng::ImportTaskSuccessful::max_attempts == 480);
    STATIC_REQUIRE(ng::ImportTaskCancelled::delay == std::chrono::seconds(60));
    STATIC_REQUIRE(ng::ImportTaskCancelled::max_attempts == 60);
    STATIC_REQUIRE(std::is_same<ng::ImportTaskSuccessful::operation, ng::GetImportTask>::value);
    STATIC_REQUIRE(std::is_same<ng::ImportTaskCancelled::operation, ng::GetImportTask>::value);
    CHECK(std::size(ng::ImportTaskSuccessful::acceptors) == 5);
    CHECK(std::size(ng::ImportTaskCancelled::acceptors) == 2);
}

TEST_CASE("every ImportTaskStatus, through both waiters", "[waiters]")
{
    // The table above covers every enumerator, so a status added to the
    // model fails here until someone decides what the waiters do with it.
    std::size_t enumerators = boost::mp11::mp_size<boost::describe::describe_enumerators<S>>::value;
    REQUIRE(std::size(expected) == enumerators);
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<S>>([](auto D) {
        bool listed = false;
        for(auto const& e : expected)
            listed = listed || e.status == D.value;
        INFO(D.name);
        CHECK(listed);
    });

    for(auto const& e : expected)
    {
        INFO(ng::open_enum<S>::name(e.status));
        auto r = task_with(e.status);
        REQUIRE(r.has_value());
        CHECK(ng::import_task_successful(r) == e.successful);
        CHECK(ng::import_task_cancelled(r) == e.cancelled);
        CHECK(ng::evaluate<ng::ImportTaskSuccessful>(r) == e.successful);
        CHECK(ng::evaluate<ng::ImportTaskCancelled>(r) == e.cancelled);
    }
}

TEST_CASE("statuses the model does not know", "[waiters]")
{
    SECTION("a new status: Successful keeps polling, Cancelled fails")
    {
        auto r = task_with(ng::open_enum<S>::from_string("PAUSED"));
        REQUIRE(r.has_value());
        CHECK(ng::import_task_successful(r) == waiter_state::retry);
        CHECK(ng::import_task_cancelled(r) == waiter_state::failure);
    }
    SECTION("no status at all (a lenient decode of a response without one)")
    {
        auto r = ng::parse_response<ng::GetImportTask>(200, {}, R"({"taskId":"t-0123456789"})");
        REQUIRE(r.has_value());
        CHECK(ng::import_task_successful(r) == waiter_state::retry);
        CHECK(ng::import_task_cancelled(r) == waiter_state::failure);
    }
    SECTION("values are compared exactly")
    {
        auto r = task_with(ng::open_enum<S>::from_string("succeeded"));
        CHECK(ng::import_task_successful(r) == waiter_state::retry);
        r = task_with(ng::open_enum<S>::from_string("CANCELLED "));
        CHECK(ng::import_task_cancelled(r) == waiter_state::failure);
    }
}

TEST_CASE("an error ends either wait as a failure", "[waiters]")
{
    std::vector<ng::operation_result<ng::GetImportTask>> errors = {
        failed_with(ng::ResourceNotFoundException{"no such task"}),
        failed_with(ng::ThrottlingException{"Rate exceeded"}),
        failed_with(ng::InternalServerException{"oops"}),
        failed_with(ng::ValidationException{"bad id", ng::ValidationExceptionReason::CONSTRAINT_VIOLATION}),
        ng::parse_response<ng::GetImportTask>(409, {{"x-amzn-errortype", "ConflictException"}}, "{}"),  // unmodeled here
        ng::parse_response<ng::GetImportTask>(503, {}, "Service Unavailable"),                          // no type
        ng::parse_response<ng::GetImportTask>(200, {}, "not json"),                                     // unreadable
    };
    for(auto const& r : errors)
    {
        REQUIRE_FALSE(r.has_value());
        INFO(r.error().what());
        CHECK(ng::import_task_successful(r) == waiter_state::failure);
        CHECK(ng::import_task_cancelled(r) == waiter_state::failure);
    }
}

namespace {

// A waiter with an error acceptor, as waiters-2.json's GraphDeleted has:
// the evaluation is generic, not written for the two import-task waiters.
struct TaskGone
{
    using operation = ng::GetImportTask;
    static constexpr auto path = &ng::GetImportTaskOutput::status;
    static constexpr ng::acceptor acceptors[] = {
        {ng::acceptor::path_none_of, {"DELETED"}, waiter_state::failure},
        {ng::acceptor::error_equals, {"ResourceNotFoundException"}, waiter_state::success},
    };
};

} // namespace

TEST_CASE("acceptors are data: an error acceptor and a none-of acceptor", "[waiters]")
{
    CHECK(ng::evaluate<TaskGone>(failed_with(ng::ResourceNotFoundException{"gone"})) == waiter_state::success);
    CHECK(ng::evaluate<TaskGone>(failed_with(ng::ThrottlingException{"slow down"})) == waiter_state::failure);
    CHECK(ng::evaluate<TaskGone>(task_with(S::DELETED)) == waiter_state::retry);
    CHECK(ng::evaluate<TaskGone>(task_with(S::IMPORTING)) == waiter_state::failure);
    // The resolved name decides, not the status or the namespace it came with.
    auto other_form = ng::parse_response<ng::GetImportTask>(
        410, {{"x-amzn-errortype", "ns#ResourceNotFoundException:http://x"}}, "");
    CHECK(ng::evaluate<TaskGone>(other_form) == waiter_state::success);
}

TEST_CASE("a wait loop drives the pure functions", "[waiters]")
{
    // What a caller writes: poll, sleep `delay` (skipped here), stop on
    // success or failure or after `max_attempts` calls.
    auto run = [](std::vector<ng::open_enum<S>> const& statuses, auto verdict, int max_attempts) {
        int attempts = 0;
        waiter_state state = waiter_state::retry;
        while(state == waiter_state::retry && attempts < max_attempts)
        {
            auto r = task_with(statuses.at(static_cast<std::size_t>(attempts) < statuses.size()
                                               ? static_cast<std::size_t>(attempts)
                                               : statuses.size() - 1));
            ++attempts;
            state = verdict(r);
        }
        return std::make_pair(state, attempts);
    };
    auto successful = [](auto const& r) { return ng::import_task_successful(r); };
    auto cancelled = [](auto const& r) { return ng::import_task_cancelled(r); };

    CHECK(run({S::INITIALIZING, S::ANALYZING_DATA, S::IMPORTING, S::SUCCEEDED}, successful,
              ng::ImportTaskSuccessful::max_attempts) == std::make_pair(waiter_state::success, 4));
    CHECK(run({S::IMPORTING, S::ROLLING_BACK, S::FAILED}, successful, ng::ImportTaskSuccessful::max_attempts) ==
          std::make_pair(waiter_state::failure, 2));
    CHECK(run({S::CANCELLING, S::CANCELLING, S::CANCELLED}, cancelled, ng::ImportTaskCancelled::max_attempts) ==
          std::make_pair(waiter_state::success, 3));
    // Never settles: the attempt limit ends it, still in retry.
    CHECK(run({S::CANCELLING}, cancelled, ng::ImportTaskCancelled::max_attempts) ==
          std::make_pair(waiter_state::retry, 60));
}

// ---------------------------------------------------------------------------
// The export task waiters

namespace {

using X = ng::ExportTaskStatus;

ng::operation_result<ng::GetExportTask> export_task_with(ng::open_enum<X> status)
{
    ng::GetExportTaskOutput out;
    out.graphId = "g-0123456789";
    out.roleArn = "arn:aws:iam::123456789012:role/R";
    out.taskId = "t-0123456789";
    out.status = status;
    out.format = ng::ExportFormat::CSV;
    out.destination = "s3://bucket/out/";
    out.kmsKeyIdentifier = "arn:aws:kms:us-east-1:123456789012:key/0123456789abcdef0123456789abcdef0123";
    auto resp = ng::make_response<ng::GetExportTask>(out).value();
    return ng::parse_response<ng::GetExportTask>(resp);
}

struct export_expectation
{
    X status;
    waiter_state successful;
    waiter_state cancelled;
};

constexpr export_expectation export_expected[] = {
    {X::INITIALIZING, waiter_state::retry, waiter_state::failure},
    {X::EXPORTING, waiter_state::retry, waiter_state::failure},
    {X::SUCCEEDED, waiter_state::success, waiter_state::failure},
    {X::FAILED, waiter_state::failure, waiter_state::failure},
    {X::CANCELLING, waiter_state::failure, waiter_state::retry},
    {X::CANCELLED, waiter_state::failure, waiter_state::success},
    {X::DELETED, waiter_state::retry, waiter_state::failure},  // no acceptor: keeps polling
};

} // namespace

TEST_CASE("every ExportTaskStatus, through both export waiters", "[waiters][export]")
{
    STATIC_REQUIRE(ng::ExportTaskSuccessful::delay == std::chrono::seconds(60));
    STATIC_REQUIRE(ng::ExportTaskSuccessful::max_attempts == 480);
    STATIC_REQUIRE(ng::ExportTaskCancelled::max_attempts == 60);
    REQUIRE(std::size(export_expected) == boost::mp11::mp_size<boost::describe::describe_enumerators<X>>::value);
    for(auto const& e : export_expected)
    {
        INFO(ng::open_enum<X>::name(e.status));
        auto r = export_task_with(e.status);
        REQUIRE(r.has_value());
        CHECK(ng::export_task_successful(r) == e.successful);
        CHECK(ng::export_task_cancelled(r) == e.cancelled);
    }
    auto paused = export_task_with(ng::open_enum<X>::from_string("PAUSED"));
    CHECK(ng::export_task_successful(paused) == waiter_state::retry);
    CHECK(ng::export_task_cancelled(paused) == waiter_state::failure);
    auto missing = ng::parse_response<ng::GetExportTask>(
        ng::make_error_response(ng::ResourceNotFoundException{"no such task"}).value());
    CHECK(ng::export_task_successful(missing) == waiter_state::failure);
}
