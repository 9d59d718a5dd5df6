// The requests one connection of the load client sends: a seeded mix of valid and malformed ones,
// each with the check its response must pass.
//
// The mix is a function of the seed and the connection's number alone, so a
// run can be repeated exactly. Expected answers never depend on how the
// connections interleave: tasks whose status moves are each polled and
// cancelled by the one connection that owns them (expected_tasks.hpp), and
// ListImportTasks, which shows every task, accepts for a moving task any
// status it can be in during the burst.
#ifndef NEPTUNE_GRAPH_LOAD_REQUEST_MIX_HPP
#define NEPTUNE_GRAPH_LOAD_REQUEST_MIX_HPP

#include "checks.hpp"
#include "expected_tasks.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace load {

enum class kind
{
    // Requests the server must carry out: 2xx, or 409 for a cancel of a finished task.
    get,
    get_owned,
    get_big_header,
    list_first,
    list_next,
    cancel_finished,
    cancel_owned,
    start_export,
    cancel_export,
    // Requests at fault: 4xx with the error that says why.
    unknown_task,
    unknown_path,
    bad_method,
    bad_task_id,
    max_results_range,
    max_results_not_number,
    bad_percent_escape,
    repeated_param,
    forged_token,
    body_too_large,
    header_too_large,
    not_http,
    bad_body,
    count
};

struct kind_info
{
    std::string_view name;
    unsigned weight;  // in 100 requests
    bool valid;
};

inline constexpr kind_info kinds[] = {
    {"get", 19, true},
    {"get_owned", 8, true},
    {"get_big_header", 2, true},
    {"list_first", 8, true},
    {"list_next", 12, true},
    {"cancel_finished", 6, true},
    {"cancel_owned", 6, true},
    {"start_export", 1, true},
    {"cancel_export", 2, true},
    {"unknown_task", 5, false},
    {"unknown_path", 4, false},
    {"bad_method", 4, false},
    {"bad_task_id", 5, false},
    {"max_results_range", 4, false},
    {"max_results_not_number", 4, false},
    {"bad_percent_escape", 4, false},
    {"repeated_param", 3, false},
    {"forged_token", 3, false},
    {"body_too_large", 1, false},
    {"header_too_large", 1, false},
    {"not_http", 1, false},
    {"bad_body", 3, false},
};
static_assert(sizeof(kinds) / sizeof(kinds[0]) == static_cast<std::size_t>(kind::count));

inline kind_info const& info(kind k) { return kinds[static_cast<std::size_t>(k)]; }

/// Past the server's limits (docs/example-server.md): request line and headers 16 KB, body 64 KB.
constexpr std::size_t header_limit = 16 * 1024;
constexpr std::size_t body_limit = 64 * 1024;

/// One request: the bytes to send and the check of its answer.
struct planned_request
{
    kind k;
    std::string bytes;
    bool closes = false;  // the server answers, then closes the connection
    std::function<std::string(received const&)> check;
};

/// An HTTP/1.1 request as text: request line, Host, `extra` header lines (each ending in CRLF), body.
inline std::string http_text(std::string_view method, std::string_view target, std::string_view extra = {},
                             std::string_view body = {})
{
    std::string t;
    t.reserve(64 + target.size() + extra.size() + body.size());
    t.append(method).append(" ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n").append(extra);
    if(!body.empty())
        t.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
    return t.append("\r\n").append(body);
}

/// The request of `Op` for `in`, as the library builds it.
template <class Op>
std::string request_text(typename Op::input const& in, std::string_view extra = {})
{
    auto r = ng::make_request<Op>(in);
    if(!r)
        throw std::logic_error("make_request: " + r.error().what());
    return http_text(r->method, r->target, extra, r->body);
}

template <class Summary>
Summary summary_of(ng::GetImportTaskOutput const& t)
{
    return {t.graphId, t.taskId, t.source, t.format, t.parquetType, t.roleArn, t.status};
}

inline std::string expect_conflict(received const& r, std::string const& id,
                                   ng::open_enum<status_t> const& status, cancel_answer answer)
{
    return expect_error<ng::CancelImportTask, ng::ConflictException>(r, [&](ng::ConflictException const& e) {
        std::string want = "Import task " + id;
        if(answer == cancel_answer::concurrent)
            want += " is already being cancelled";
        else
            want += " cannot be cancelled: its status is " + std::string(status.str()) +
                    "; only INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING and REPROVISIONING tasks can be "
                    "cancelled";
        if(e.message != want)
            return "message '" + e.message + "', expected '" + want + "'";
        bool concurrent = e.reason && *e.reason == ng::ConflictExceptionReason::CONCURRENT_MODIFICATION;
        if(concurrent != (answer == cancel_answer::concurrent) || (e.reason && !concurrent))
            return "reason " + std::string(e.reason ? e.reason->str() : "absent") + " for " + want;
        return std::string();
    });
}

/** The export tasks the connections start, shared by all of them: any
    connection may cancel any of them, at the same time as others. The server
    must let exactly one cancel of a task succeed; the others are a
    ConflictException (already cancelling, or finished). */
class export_registry
{
public:
    void add(std::string id)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ids_.push_back(std::move(id));
    }

    std::optional<std::string> pick(std::uint64_t r)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if(ids_.empty())
            return std::nullopt;
        return ids_[r % ids_.size()];
    }

    /// Records a successful cancel of `id`; false if one had succeeded before.
    bool first_cancel(std::string const& id)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return cancelled_.insert(id).second;
    }

private:
    std::mutex mutex_;
    std::vector<std::string> ids_;
    std::set<std::string> cancelled_;
};

inline export_registry& shared_exports()
{
    static export_registry r;
    return r;
}

class request_mix
{
public:
    request_mix(expected_tasks const& tasks, std::size_t connection, std::size_t connections, std::uint64_t seed)
        : tasks_(tasks), owned_(tasks.owned_by(connection, connections)),
          rng_(seed ^ ((connection + 1) * 0x9E3779B97F4A7C15ull))
    {
        if(tasks_.stable().empty())
            throw std::invalid_argument("the seed has no task whose status stays put");
        for(auto const* t : tasks_.stable())
            if(t->graphId)
                graphs_.push_back(*t->graphId);
        if(graphs_.empty())
            throw std::invalid_argument("the seed names no graph to export");
    }

    planned_request next() { return make(pick_kind()); }

    /// Every nextToken seen, by the last task id of its page.
    std::map<std::string, std::string> const& tokens() const noexcept { return tokens_; }

private:
    std::uint64_t draw(std::uint64_t n) { return rng_() % n; }

    template <class T>
    T& pick(std::vector<T>& v)
    {
        return v[draw(v.size())];
    }
    template <class T, std::size_t N>
    T const& pick(T const (&a)[N])
    {
        return a[draw(N)];
    }

    kind pick_kind()
    {
        unsigned total = 0;
        for(auto const& k : kinds)
            total += k.weight;
        auto x = static_cast<unsigned>(draw(total));
        for(std::size_t i = 0;; ++i)
        {
            if(x < kinds[i].weight)
                return static_cast<kind>(i);
            x -= kinds[i].weight;
        }
    }

    ng::GetImportTaskOutput const& stable_task() { return *tasks_.stable()[draw(tasks_.stable().size())]; }

    planned_request make(kind k)
    {
        switch(k)
        {
        case kind::get:
        case kind::get_big_header: return get(k);
        case kind::get_owned: return owned_.empty() ? get(kind::get) : get_owned();
        case kind::list_first:
        case kind::list_next: return list(k);
        case kind::cancel_finished: return cancel_finished();
        case kind::cancel_owned: return owned_.empty() ? cancel_finished() : cancel_owned();
        case kind::unknown_task: return unknown_task();
        case kind::unknown_path: return unknown_path();
        case kind::bad_method: return bad_method();
        case kind::bad_task_id: return bad_task_id();
        case kind::max_results_range: return max_results_range();
        case kind::max_results_not_number: return max_results_not_number();
        case kind::bad_percent_escape: return bad_percent_escape();
        case kind::repeated_param: return repeated_param();
        case kind::forged_token: return forged_token();
        case kind::body_too_large: return body_too_large();
        case kind::header_too_large: return header_too_large();
        case kind::not_http: return not_http();
        case kind::start_export: return start_export();
        case kind::cancel_export: return cancel_export();
        case kind::bad_body: return bad_body();
        case kind::count: break;
        }
        throw std::logic_error("no such kind");
    }

    // --- requests the server carries out ----------------------------------------

    // An export of a graph the seed names; its id goes to the shared registry.
    planned_request start_export()
    {
        ng::StartExportTaskInput in;
        in.graphIdentifier = pick(graphs_);
        in.roleArn = "arn:aws:iam::123456789012:role/Export";
        in.format = ng::ExportFormat::CSV;
        in.destination = "s3://load-test/out/";
        in.kmsKeyIdentifier = "arn:aws:kms:us-east-1:123456789012:key/0123456789abcdef0123456789abcdef0123";
        std::string const graph = in.graphIdentifier;
        return {kind::start_export, request_text<ng::StartExportTask>(in), false, [graph](received const& r) {
                    ng::StartExportTaskOutput out;
                    if(auto p = read_output<ng::StartExportTask>(r, out); !p.empty())
                        return p;
                    if(out.graphId != graph || out.status != ng::ExportTaskStatus::INITIALIZING)
                        return "the export started is not INITIALIZING on " + graph + ": " + excerpt(r.body);
                    shared_exports().add(out.taskId);
                    return std::string();
                }};
    }

    // A cancel of any connection's export, racing the others: one wins.
    planned_request cancel_export()
    {
        auto id = shared_exports().pick(rng_());
        if(!id)
            return start_export();
        std::string const task = *id;
        return {kind::cancel_export, request_text<ng::CancelExportTask>({task}), false, [task](received const& r) {
                    if(r.status == 409)
                        return expect_error<ng::CancelExportTask, ng::ConflictException>(
                            r, [](ng::ConflictException const&) { return std::string(); });
                    ng::CancelExportTaskOutput out;
                    if(auto p = read_output<ng::CancelExportTask>(r, out); !p.empty())
                        return p;
                    if(out.taskId != task || out.status != ng::ExportTaskStatus::CANCELLING)
                        return "the cancel did not give CANCELLING: " + excerpt(r.body);
                    if(!shared_exports().first_cancel(task))
                        return "a second cancel of " + task + " succeeded";
                    return std::string();
                }};
    }

    planned_request get(kind k)
    {
        auto const& t = stable_task();
        // Under the header limit: the server must take it (a nextToken of 8192 characters needs the room).
        std::string padding = k == kind::get_big_header ? "X-Padding: " + std::string(15 * 1024, 'p') + "\r\n" : "";
        return {k, request_text<ng::GetImportTask>({t.taskId}, padding), false,
                [&t](received const& r) { return expect_output<ng::GetImportTask>(r, t); }};
    }

    planned_request get_owned()
    {
        task_state& s = pick(owned_);
        ng::GetImportTaskOutput want = s.seed();
        want.status = s.poll();
        return {kind::get_owned, request_text<ng::GetImportTask>({want.taskId}), false,
                [want = std::move(want)](received const& r) { return expect_output<ng::GetImportTask>(r, want); }};
    }

    planned_request cancel_finished()
    {
        auto const& t = stable_task();
        auto answer = t.status == status_t::CANCELLING ? cancel_answer::concurrent : cancel_answer::finished;
        return {kind::cancel_finished, request_text<ng::CancelImportTask>({t.taskId}), false,
                [&t, answer](received const& r) { return expect_conflict(r, t.taskId, t.status, answer); }};
    }

    planned_request cancel_owned()
    {
        task_state& s = pick(owned_);
        auto answer = s.cancel();
        auto const& id = s.seed().taskId;
        std::string text = request_text<ng::CancelImportTask>({id});
        if(answer == cancel_answer::accepted)
        {
            auto want = summary_of<ng::CancelImportTaskOutput>(s.seed());
            want.status = status_t::CANCELLING;
            return {kind::cancel_owned, std::move(text), false,
                    [want](received const& r) { return expect_output<ng::CancelImportTask>(r, want); }};
        }
        return {kind::cancel_owned, std::move(text), false,
                [id, status = s.status(), answer](received const& r) {
                    return expect_conflict(r, id, status, answer);
                }};
    }

    /** A page: the first, or the one after the last page this connection got
        a nextToken for. Small pages mostly, so that tokens come back. */
    planned_request list(kind k)
    {
        ng::ListImportTasksInput in;
        std::optional<std::string> after;
        if(k == kind::list_next && cursor_)
        {
            in.nextToken = cursor_->token;
            after = cursor_->last_id;
        }
        else
            k = kind::list_first;
        auto size_draw = draw(8);
        if(size_draw >= 2)
            in.maxResults = static_cast<std::int32_t>(1 + draw(size_draw == 7 ? 100 : 12));
        auto const& all = tasks_.all();
        std::size_t first = 0;
        if(after)
            first = static_cast<std::size_t>(
                std::upper_bound(all.begin(), all.end(), *after,
                                 [](std::string const& id, auto const& t) { return id < t.taskId; }) -
                all.begin());
        std::size_t page = static_cast<std::size_t>(in.maxResults.value_or(task_default_page_size));
        std::size_t n = std::min(page, all.size() - first);
        bool more = first + n < all.size();
        return {k, request_text<ng::ListImportTasks>(in), false,
                [this, first, n, more](received const& r) { return check_page(r, first, n, more); }};
    }

    std::string check_page(received const& r, std::size_t first, std::size_t n, bool more)
    {
        ng::ListImportTasksOutput out;
        if(auto p = read_output<ng::ListImportTasks>(r, out); !p.empty())
            return p;
        if(out.tasks.size() != n)
            return std::to_string(out.tasks.size()) + " tasks, expected " + std::to_string(n) + ": " +
                   excerpt(r.body);
        auto const& all = tasks_.all();
        for(std::size_t i = 0; i < n; ++i)
        {
            auto const& seeded = all[first + i];
            auto want = summary_of<ng::ImportTaskSummary>(seeded);
            if(expected_tasks::may_show(seeded, out.tasks[i].status))
                want.status = out.tasks[i].status;
            if(!(out.tasks[i] == want))
                return "tasks[" + std::to_string(i) + "] is not the seeded " + seeded.taskId +
                       " (status " + std::string(out.tasks[i].status.str()) + "): " + excerpt(r.body);
        }
        if(out.nextToken.has_value() != more)
            return more ? "no nextToken, but tasks remain" : "a nextToken on the last page";
        if(!more)
        {
            cursor_.reset();
            return {};
        }
        std::string const& last = all[first + n - 1].taskId;
        std::string const& token = *out.nextToken;
        if(token.find(last) != std::string::npos)
            return "the nextToken '" + token + "' shows the task id in clear";
        auto [it, fresh] = tokens_.emplace(last, token);
        if(!fresh && it->second != token)
            return "the page ending at " + last + " got the nextToken '" + token + "', earlier '" + it->second +
                   "'";
        cursor_ = cursor{last, token};
        return {};
    }

    // --- requests at fault -------------------------------------------------------

    planned_request unknown_task()
    {
        static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        std::string id;
        do
        {
            id = "t-";
            for(int i = 0; i < 10; ++i)
                id += alphabet[draw(36)];
        } while(tasks_.find(id));
        auto check = [id](auto op, received const& r) {
            using Op = decltype(op);
            return expect_error<Op, ng::ResourceNotFoundException>(
                r, [&](ng::ResourceNotFoundException const& e) -> std::string {
                    std::string want = "Import task " + id + " not found";
                    return e.message == want ? "" : "message '" + e.message + "', expected '" + want + "'";
                });
        };
        if(draw(2))
            return {kind::unknown_task, request_text<ng::GetImportTask>({id}), false,
                    [check](received const& r) { return check(ng::GetImportTask{}, r); }};
        return {kind::unknown_task, request_text<ng::CancelImportTask>({id}), false,
                [check](received const& r) { return check(ng::CancelImportTask{}, r); }};
    }

    struct target_case
    {
        std::string_view method;
        std::string_view target;
        std::string_view path_or_member;  // the path the error names, or the member it is about
    };

    planned_request unknown_operation(kind k, target_case const& c)
    {
        return {k, http_text(c.method, c.target), false, [c](received const& r) {
                    return expect_unknown_operation(r, c.method, c.path_or_member);
                }};
    }

    planned_request unknown_path()
    {
        static constexpr target_case cases[] = {
            {"GET", "/importtask/t-detail0001", "/importtask/t-detail0001"},
            {"GET", "/importtasks/t-detail0001/details", "/importtasks/t-detail0001/details"},
            {"GET", "/importtasks/", "/importtasks/"},  // an empty label matches nothing
            {"DELETE", "/importtasks/", "/importtasks/"},
            {"GET", "/", "/"},
            {"GET", "/ImportTasks?maxResults=5", "/ImportTasks"},
            {"GET", "/importtasks//t-detail0001", "/importtasks//t-detail0001"},
        };
        return unknown_operation(kind::unknown_path, pick(cases));
    }

    planned_request bad_method()
    {
        static constexpr target_case cases[] = {
            {"PUT", "/importtasks/t-detail0001", "/importtasks/t-detail0001"},
            {"POST", "/importtasks/t-detail0001", "/importtasks/t-detail0001"},
            {"PATCH", "/importtasks/t-minimal001", "/importtasks/t-minimal001"},
            {"DELETE", "/importtasks", "/importtasks"},
            {"OPTIONS", "/importtasks?maxResults=2", "/importtasks"},
            {"get", "/importtasks/t-detail0001", "/importtasks/t-detail0001"},  // methods are case-sensitive
        };
        return unknown_operation(kind::bad_method, pick(cases));
    }

    // Bodies the router must refuse, with the reason and the member it names.
    planned_request bad_body()
    {
        struct body_case
        {
            std::string body;
            ng::ValidationExceptionReason reason;
            std::string_view member;
        };
        using R = ng::ValidationExceptionReason;
        static constexpr std::string_view rest =
            R"("source":"s3://b/","roleArn":"arn:aws:iam::123456789012:role/R")";
        static body_case const cases[] = {
            {"{}", R::CONSTRAINT_VIOLATION, "graphName"},
            {R"({"graphName":"g-graph",)" + std::string(rest) + "}", R::CONSTRAINT_VIOLATION, "graphName"},
            {R"({"graphName":"x","replicaCount":"2",)" + std::string(rest) + "}", R::BAD_REQUEST, "replicaCount"},
            {R"({"graphName":"x","replicaCount":3,)" + std::string(rest) + "}", R::CONSTRAINT_VIOLATION,
             "replicaCount"},
            {R"({"graphName":"x","importOptions":{},)" + std::string(rest) + "}", R::BAD_REQUEST, "importOptions"},
            {R"({"graphName":"x","tags":{"bad key":"v"},)" + std::string(rest) + "}", R::CONSTRAINT_VIOLATION,
             R"(tags["bad key"])"},
            {R"({"graphName":)", R::BAD_REQUEST, "graphName"},
            {"[]", R::BAD_REQUEST, ""},
        };
        body_case const& c = cases[draw(std::size(cases))];
        std::string text = http_text("POST", "/importtasks", "Content-Type: application/json\r\n", c.body);
        return validation<ng::CreateGraphUsingImportTask>(kind::bad_body, std::move(text), c.reason, c.member);
    }

    template <class Op>
    planned_request validation(kind k, std::string text, ng::ValidationExceptionReason reason,
                               std::string_view member)
    {
        return {k, std::move(text), false,
                [reason, member](received const& r) { return expect_validation<Op>(r, reason, member); }};
    }

    planned_request bad_task_id()
    {
        static constexpr std::string_view ids[] = {
            "t-BAD", "t-123", "t-detail00011", "x-detail0001", "t-DETAIL0001",
            "t-detail0001%2F",  // decodes to a '/'
            "t-detail%20001", "t-d%C3%A9tail0001",
        };
        std::string target = "/importtasks/" + std::string(pick(ids));
        auto reason = ng::ValidationExceptionReason::CONSTRAINT_VIOLATION;
        if(draw(2))
            return validation<ng::GetImportTask>(kind::bad_task_id, http_text("GET", target), reason,
                                                 "taskIdentifier");
        return validation<ng::CancelImportTask>(kind::bad_task_id, http_text("DELETE", target), reason,
                                                "taskIdentifier");
    }

    planned_request max_results_range()
    {
        static constexpr std::string_view values[] = {"0", "101", "-1", "1000", "2147483647", "-2147483648"};
        return validation<ng::ListImportTasks>(
            kind::max_results_range, http_text("GET", "/importtasks?maxResults=" + std::string(pick(values))),
            ng::ValidationExceptionReason::CONSTRAINT_VIOLATION, "maxResults");
    }

    planned_request max_results_not_number()
    {
        static constexpr std::string_view values[] = {"abc", "1.5", "", "1e2", "+5", "0x10", "%205", "99999999999"};
        return validation<ng::ListImportTasks>(
            kind::max_results_not_number,
            http_text("GET", "/importtasks?maxResults=" + std::string(pick(values))),
            ng::ValidationExceptionReason::BAD_REQUEST, "maxResults");
    }

    planned_request bad_percent_escape()
    {
        static constexpr target_case cases[] = {
            {"GET", "/importtasks/t-detail000%", "taskIdentifier"},
            {"DELETE", "/importtasks/t-%zz0000000", "taskIdentifier"},
            {"GET", "/importtasks?nextToken=%4", "nextToken"},
            {"GET", "/importtasks?maxResults=%G1", "maxResults"},
            {"GET", "/importtasks?nextToken=abc%00", "nextToken"},  // a NUL byte
            {"GET", "/importtasks?nextToken=%ff%fe", "nextToken"},  // not UTF-8
            {"GET", "/importtasks?%=1&maxResults=2", "%"},          // in a parameter's name
        };
        auto const& c = pick(cases);
        auto reason = ng::ValidationExceptionReason::BAD_REQUEST;
        std::string text = http_text(c.method, c.target);
        if(c.method == "DELETE")
            return validation<ng::CancelImportTask>(kind::bad_percent_escape, text, reason, c.path_or_member);
        if(c.target.substr(0, 13) == "/importtasks/")
            return validation<ng::GetImportTask>(kind::bad_percent_escape, text, reason, c.path_or_member);
        return validation<ng::ListImportTasks>(kind::bad_percent_escape, text, reason, c.path_or_member);
    }

    planned_request repeated_param()
    {
        static constexpr target_case cases[] = {
            {"GET", "/importtasks?maxResults=1&maxResults=1", "maxResults"},
            {"GET", "/importtasks?nextToken=abc&maxResults=5&nextToken=abc", "nextToken"},
        };
        auto const& c = pick(cases);
        return validation<ng::ListImportTasks>(kind::repeated_param, http_text(c.method, c.target),
                                               ng::ValidationExceptionReason::BAD_REQUEST, c.path_or_member);
    }

    planned_request forged_token()
    {
        if(draw(5) == 0)  // longer than the model's 8192 characters
            return validation<ng::ListImportTasks>(
                kind::forged_token, http_text("GET", "/importtasks?nextToken=" + std::string(8193, 'A')),
                ng::ValidationExceptionReason::CONSTRAINT_VIOLATION, "nextToken");
        static constexpr std::string_view tokens[] = {
            "not-a-token",
            "abc$",
            "djE6",         // "v1:" and no task id
            "djE6dC1CQUQ",  // "v1:t-BAD"
        };
        std::string target = "/importtasks?nextToken=" + std::string(pick(tokens)) + "&maxResults=3";
        return {kind::forged_token, http_text("GET", target), false, [](received const& r) {
                    return expect_error<ng::ListImportTasks, ng::ValidationException>(
                        r, [](ng::ValidationException const& e) -> std::string {
                            std::string_view want =
                                "Invalid nextToken: pass a nextToken that ListImportTasks returned, unchanged";
                            if(e.message != want || !e.reason ||
                               *e.reason != ng::ValidationExceptionReason::BAD_REQUEST)
                                return "not the BAD_REQUEST '" + std::string(want) + "': " + excerpt(e.message);
                            return {};
                        });
                }};
    }

    planned_request body_too_large()
    {
        std::string text;
        if(draw(2))  // refused as soon as the header announces it
            text = http_text("POST", "/importtasks/t-detail0001", {}, std::string(body_limit + 1, 'b'));
        else  // refused once the chunks read pass the limit
        {
            text = http_text("POST", "/importtasks", "Transfer-Encoding: chunked\r\n");
            std::string chunk(16 * 1024, 'c');
            for(int i = 0; i < 4; ++i)
                text += "4000\r\n" + chunk + "\r\n";
            text += "1\r\nc\r\n0\r\n\r\n";
        }
        return {kind::body_too_large, std::move(text), true,
                [](received const& r) { return expect_refusal(r, 413, "request body too large"); }};
    }

    planned_request header_too_large()
    {
        std::string padding = "X-Padding: " + std::string(header_limit, 'p') + "\r\n";
        return {kind::header_too_large, http_text("GET", "/importtasks/t-detail0001", padding), true,
                [](received const& r) { return expect_refusal(r, 431, "request header too large"); }};
    }

    planned_request not_http()
    {
        static constexpr std::string_view texts[] = {
            "HELLO\r\n\r\n",
            "GET /importtasks HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",  // a field without ':'
            "\x16\x03\x01\x02\x05\x01\x07\x01\xfc\x03\x03",        // TLS where HTTP was expected
        };
        return {kind::not_http, std::string(pick(texts)), true,
                [](received const& r) { return expect_refusal(r, 400, "malformed HTTP request"); }};
    }

    /// ListImportTasks without maxResults (docs/example-server.md).
    static constexpr std::size_t task_default_page_size = 10;

    struct cursor
    {
        std::string last_id;
        std::string token;
    };

    expected_tasks const& tasks_;
    std::vector<task_state> owned_;
    std::vector<std::string> graphs_;  // the graphs the seed's tasks name
    std::mt19937_64 rng_;
    std::optional<cursor> cursor_;
    std::map<std::string, std::string> tokens_;
};

} // namespace load

#endif
