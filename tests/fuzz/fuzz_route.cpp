// libFuzzer target: the server-side router, route<Operations>(method, target), for
// the three operations that read and cancel import tasks.
//
// Input: `METHOD SP TARGET` (the method is everything before the first space;
// the query is part of the target, after its first `?`). No body: these
// operations bind none, and route ignores one. `\xFF n` anywhere repeats the byte
// before it n * 64 times, so tokens around the 8192-character limit fit in a
// short input.
//
// Oracles, besides "no crash, no sanitizer report, no leak":
//  - a model of the binding, implemented again here (which operation the
//    method and path name; the query split, percent-decoded and counted; the
//    labels and values read; the constraints) predicts the outcome: 404, 400
//    BAD_REQUEST with N problems, 400 CONSTRAINT_VIOLATION with N
//    violations (the message names each, in the AWS wording), or the exact
//    input accepted;
//  - a 404 is `x-amzn-errortype: UnknownOperationException` with a body
//    `{"message":"No operation matches '<method>' '<path>'"}`, both quoted;
//  - a 400 is `x-amzn-errortype: ValidationException` whose body decodes,
//    strictly, as a ValidationException with a reason and a message that
//    starts `N validation error(s) detected: `;
//  - a client reads each refusal back (parse_response) as what it says;
//  - an accepted input validates clean, and make_request builds a request
//    that routes back to an equal input.
#include "fuzz_common.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace ng = neptune_graph;
namespace bj = boost::json;
// The three operations the oracle below models again (the other operations
// of ng::operations are routed by the same machinery and tested elsewhere).
using import_task_reads = boost::mp11::mp_list<ng::CancelImportTask, ng::GetImportTask, ng::ListImportTasks>;
using routed = ng::routed_input<import_task_reads>;

constexpr std::size_t max_expanded = 10000;  // past the 8192-character token limit

std::string expand(std::string_view in)
{
    std::string out;
    for(std::size_t i = 0; i < in.size(); ++i)
    {
        if(in[i] == '\xFF' && i + 1 < in.size() && !out.empty())
        {
            std::size_t n = static_cast<unsigned char>(in[++i]) * std::size_t(64);
            std::size_t room = out.size() < max_expanded ? max_expanded - out.size() : 0;
            n = n < room ? n : room;
            out.append(n, out.back());
            continue;
        }
        out += in[i];
    }
    return out;
}

// --- the model: the documented binding rules, implemented again here --------

// RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF.
bool valid_utf8(std::string_view s)
{
    std::size_t i = 0;
    while(i < s.size())
    {
        auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
        unsigned c = b(0);
        std::size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if(c < 0x80)
            n = 0;
        else if(c >= 0xC2 && c <= 0xDF)
            n = 1;
        else if(c >= 0xE0 && c <= 0xEF)
        {
            n = 2;
            if(c == 0xE0)
                lo = 0xA0;
            if(c == 0xED)
                hi = 0x9F;
        }
        else if(c >= 0xF0 && c <= 0xF4)
        {
            n = 3;
            if(c == 0xF0)
                lo = 0x90;
            if(c == 0xF4)
                hi = 0x8F;
        }
        else
            return false;
        if(i + n >= s.size())
            return false;
        for(std::size_t k = 1; k <= n; ++k)
        {
            unsigned x = b(k);
            if(x < (k == 1 ? lo : 0x80) || x > (k == 1 ? hi : 0xBF))
                return false;
        }
        i += n + 1;
    }
    return true;
}

std::size_t code_points(std::string_view s)  // of valid UTF-8
{
    std::size_t n = 0;
    for(char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

int hex(char c)
{
    if(c >= '0' && c <= '9')
        return c - '0';
    if(c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if(c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 3986 decoding, `+` kept; refused: a bad escape, a NUL byte, not UTF-8.
std::optional<std::string> unescape(std::string_view s)
{
    std::string out;
    for(std::size_t i = 0; i < s.size(); ++i)
    {
        if(s[i] != '%')
        {
            out += s[i];
            continue;
        }
        if(i + 2 >= s.size() || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0)
            return std::nullopt;
        out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
        i += 2;
    }
    if(out.find('\0') != std::string::npos || !valid_utf8(out))
        return std::nullopt;
    return out;
}

// `-?[0-9]+` that fits an int32.
std::optional<std::int32_t> int32_of(std::string_view s)
{
    bool neg = !s.empty() && s[0] == '-';
    if(neg)
        s.remove_prefix(1);
    if(s.empty() || s.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    std::int64_t v = 0;
    for(char c : s)
    {
        v = v * 10 + (c - '0');
        if(v > 2147483648LL)
            return std::nullopt;
    }
    v = neg ? -v : v;
    if(v > 2147483647LL)
        return std::nullopt;
    return static_cast<std::int32_t>(v);
}

bool is_task_id(std::string_view s)  // t-[a-z0-9]{10}
{
    if(s.size() != 12 || s[0] != 't' || s[1] != '-')
        return false;
    for(char c : s.substr(2))
        if(!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

// Printable ASCII as is, other bytes as %XX, at most `limit` bytes then `...`.
// A value as every message of the library shows it.
std::string shown(std::string_view s, std::size_t limit = ng::detail::quoted_code_points)
{
    return ng::detail::quoted(s, limit);
}

struct expected
{
    int op = -1;           // index in import_task_reads; -1: no operation (404)
    // What the message must say, one fragment per problem (a value that
    // cannot be read: BAD_REQUEST) or per violation (CONSTRAINT_VIOLATION).
    std::vector<std::string> problems, violations;
    std::optional<routed> input;  // when accepted
};

expected predict(std::string_view method, std::string_view target)
{
    expected x;
    std::size_t q = target.find('?');
    std::string_view path = target.substr(0, q);
    std::string_view query = q == std::string_view::npos ? std::string_view() : target.substr(q + 1);
    constexpr std::string_view list_path = "/importtasks";
    std::string_view label;
    if(method == "GET" && path == list_path)
        x.op = 2;
    else if((method == "GET" || method == "DELETE") && path.size() > list_path.size() + 1 &&
            path.substr(0, list_path.size() + 1) == "/importtasks/")
    {
        label = path.substr(list_path.size() + 1);
        if(label.find('/') == std::string_view::npos)
            x.op = method == "GET" ? 1 : 0;
    }
    if(x.op < 0)
        return x;

    // Query: `&`-separated, empty pieces skipped, name before the first `=`.
    std::vector<std::string_view> tokens, sizes;
    while(!query.empty())
    {
        std::size_t amp = query.find('&');
        std::string_view piece = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if(piece.empty())
            continue;
        std::size_t eq = piece.find('=');
        std::string_view value = eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1);
        auto name = unescape(piece.substr(0, eq));
        if(!name)
            x.problems.push_back("Query parameter name " + shown(piece.substr(0, eq)) + " ");
        else if(*name == "nextToken")
            tokens.push_back(value);
        else if(*name == "maxResults")
            sizes.push_back(value);
    }

    if(x.op != 2)
    {
        auto id = unescape(label);
        if(!id)
            x.problems.push_back("Value " + shown(label) + " at 'taskIdentifier' ");
        else if(!is_task_id(*id))
            x.violations.push_back(" at 'taskIdentifier' failed to satisfy constraint: Member must satisfy "
                                   "regular expression pattern: t-[a-z0-9]{10}");
        if(x.problems.empty() && x.violations.empty())
        {
            if(x.op == 0)
                x.input = routed(ng::CancelImportTaskInput{*id});
            else
                x.input = routed(ng::GetImportTaskInput{*id});
        }
        return x;
    }

    auto given = [&](char const* name, std::size_t n) {
        return "Query parameter " + shown(name) + " is given " + std::to_string(n) +
               " times; it takes one value";
    };
    auto must = [](char const* name, char const* what) {
        return " at '" + std::string(name) + "' failed to satisfy constraint: Member must " + what;
    };
    ng::ListImportTasksInput in;
    if(tokens.size() > 1)
        x.problems.push_back(given("nextToken", tokens.size()));
    else if(tokens.size() == 1)
    {
        if(auto t = unescape(tokens[0]))
        {
            in.nextToken = *t;
            std::size_t n = code_points(*t);
            if(n < 1)
                x.violations.push_back(must("nextToken", "have length greater than or equal to 1"));
            if(n > 8192)
                x.violations.push_back(must("nextToken", "have length less than or equal to 8192"));
        }
        else
            x.problems.push_back("Value " + shown(tokens[0]) + " at 'nextToken' ");
    }
    if(sizes.size() > 1)
        x.problems.push_back(given("maxResults", sizes.size()));
    else if(sizes.size() == 1)
    {
        auto t = unescape(sizes[0]);
        auto v = t ? int32_of(*t) : std::nullopt;
        if(!t)
            x.problems.push_back("Value " + shown(sizes[0]) + " at 'maxResults' ");
        else if(!v)
        {
            bool digits = t->find_first_not_of("0123456789", (*t)[0] == '-') == std::string::npos &&
                          t->size() > std::size_t((*t)[0] == '-');
            x.problems.push_back("Value " + shown(*t) + " at 'maxResults' " +
                                 (digits ? "is out of range for a 32-bit integer" : "is not a decimal integer"));
        }
        else
        {
            in.maxResults = *v;
            std::string const shown_value = "Value '" + std::to_string(*v) + "'";
            if(*v < 1)
                x.violations.push_back(shown_value + must("maxResults", "have value greater than or equal to 1"));
            if(*v > 100)
                x.violations.push_back(shown_value + must("maxResults", "have value less than or equal to 100"));
        }
    }
    if(x.problems.empty() && x.violations.empty())
        x.input = routed(std::move(in));
    return x;
}

// --- the checks ---------------------------------------------------------------

std::string header(ng::http_headers const& h, std::string_view name)
{
    auto v = ng::find_header(h, name);
    return v ? std::string(*v) : std::string("<absent>");
}

std::string count_prefix(int n)
{
    return std::to_string(n) + (n == 1 ? " validation error detected: " : " validation errors detected: ");
}

std::string describe(std::string_view method, std::string_view target, ng::http_response const* r)
{
    std::string d = "request: " + shown(method, 64) + " " + shown(target, 300);
    if(r)
        d += "\nresponse: " + std::to_string(r->status) + " " + header(r->headers, "x-amzn-errortype") +
             " " + r->body.substr(0, 2000);
    return d;
}

void check_unknown(std::string_view method, std::string_view target, ng::http_response const& r)
{
    std::string const d = describe(method, target, &r);
    FUZZ_CHECK(r.status == 404, d);
    FUZZ_CHECK(r.headers.size() == 2, d);
    FUZZ_CHECK(header(r.headers, "x-amzn-errortype") == "UnknownOperationException", d);
    FUZZ_CHECK(header(r.headers, "content-type") == "application/json", d);
    boost::system::error_code ec;
    bj::value body = bj::parse(r.body, ec);
    FUZZ_CHECK(!ec && body.is_object() && body.get_object().size() == 1, d);
    bj::value const* m = body.get_object().if_contains("message");
    FUZZ_CHECK(m && m->is_string(), d);
    std::string_view path = target.substr(0, target.find('?'));
    FUZZ_CHECK(m->get_string() == "No operation matches " + shown(method, 16) + " " + shown(path), d);

    // A client of any operation reads it as an unmodeled error with that message.
    auto c = ng::parse_response<ng::ListImportTasks>(r);
    FUZZ_CHECK(!c, d);
    auto const e = c.error();
    auto const* u = e.get_if<ng::unmodeled_error>();
    FUZZ_CHECK(u && u->status == 404 && u->type == "UnknownOperationException", d);
    FUZZ_CHECK(u->message == m->get_string(), d);
}

template <class Op>
void check_refused(std::string_view method, std::string_view target, ng::http_response const& r,
                   expected const& x)
{
    std::string const d = describe(method, target, &r);
    FUZZ_CHECK(r.status == 400, d);
    FUZZ_CHECK(r.headers.size() == 2, d);
    FUZZ_CHECK(header(r.headers, "x-amzn-errortype") == "ValidationException", d);
    FUZZ_CHECK(header(r.headers, "content-type") == "application/json", d);
    ng::decode_options strict;
    strict.strict = true;
    auto e = ng::decode<ng::ValidationException>(r.body, strict);
    FUZZ_CHECK(e.has_value(), d);
    FUZZ_CHECK(e->reason.has_value(), d);
    bool const unreadable = !x.problems.empty();
    auto const want = unreadable ? ng::ValidationExceptionReason::BAD_REQUEST
                                 : ng::ValidationExceptionReason::CONSTRAINT_VIOLATION;
    FUZZ_CHECK(*e->reason == want, d);
    auto const& says = unreadable ? x.problems : x.violations;
    std::string const prefix = count_prefix(static_cast<int>(says.size()));
    FUZZ_CHECK(e->message.size() > prefix.size() && e->message.compare(0, prefix.size(), prefix) == 0, d);
    // Unreadable values are listed in request order (parameter names, then
    // the members), violations in model order: the first
    // ng::max_listed_violations of them.
    std::size_t const listed = std::min(says.size(), ng::max_listed_violations);
    for(std::size_t i = 0; i < listed; ++i)
        FUZZ_CHECK(e->message.find(says[i]) != std::string::npos, d + "\nmissing: " + says[i]);
    if(listed < says.size())
    {
        std::string const more = "; and " + std::to_string(says.size() - listed) + " more";
        FUZZ_CHECK(e->message.size() > more.size() &&
                       e->message.compare(e->message.size() - more.size(), more.size(), more) == 0,
                   d + "\nexpected the end: " + more);
    }
    // Every violation in the AWS form, none in the fallback wording (a quoted
    // value cannot hold this text: its `'` would be escaped).
    FUZZ_CHECK(unreadable || e->message.find("Invalid value at '") == std::string::npos, d);

    // The client of the same operation reads it as that ValidationException.
    auto c = ng::parse_response<Op>(r);
    FUZZ_CHECK(!c, d);
    auto const ce = c.error();
    auto const* v = ce.template get_if<ng::ValidationException>();
    FUZZ_CHECK(v && ce.status() == 400 && *v == *e, d);
    FUZZ_CHECK(ng::retryable(ce) == ng::retry_kind::none, d);
}

template <class Op>
void check_accepted(std::string_view method, std::string_view target, routed const& got)
{
    std::string const d = describe(method, target, nullptr);
    using input = typename Op::input;
    input const& in = boost::variant2::get<input>(got);
    ng::validate_options strict;
    strict.strict = true;
    FUZZ_CHECK(ng::validate(in, strict).empty(), d);

    auto req = ng::make_request<Op>(in);
    FUZZ_CHECK(req.has_value(), d + "\nmake_request: " + req.error().what());
    FUZZ_CHECK(req->method == Op::method && req->headers.empty() && req->body.empty(), d);
    auto again = ng::route<import_task_reads>(req->method, req->target);
    std::string const d2 = d + "\nrebuilt: " + shown(req->target, 300);
    FUZZ_CHECK(again.has_value(), d2 + "\n" + again.error().body);
    FUZZ_CHECK(again->index() == got.index() && *again == got, d2);
}

void run(std::string_view method, std::string_view target)
{
    auto r = ng::route<import_task_reads>(method, target);
    expected const x = predict(method, target);
    std::optional<ng::http_response> refusal;
    if(!r)
        refusal = r.error();
    std::string const d = describe(method, target, refusal ? &*refusal : nullptr);
    if(x.op < 0)
    {
        FUZZ_CHECK(!r, d);
        check_unknown(method, target, *refusal);
        return;
    }
    boost::mp11::mp_with_index<3>(static_cast<std::size_t>(x.op), [&](auto I) {
        using Op = boost::mp11::mp_at_c<import_task_reads, I>;
        if(x.input)
        {
            FUZZ_CHECK(r.has_value(), d);
            FUZZ_CHECK(r->index() == I && *r == *x.input, d);
            check_accepted<Op>(method, target, *r);
        }
        else
        {
            FUZZ_CHECK(!r, d);
            check_refused<Op>(method, target, *refusal, x);
        }
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    std::string const in = expand(std::string_view(reinterpret_cast<char const*>(data), size));
    std::size_t sp = in.find(' ');
    std::string_view all(in);
    if(sp == std::string_view::npos)
        run(all, {});
    else
        run(all.substr(0, sp), all.substr(sp + 1));
    return 0;
}
