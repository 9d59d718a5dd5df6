// How the load client judges one response: the exact status, headers and body it must have.
//
// Each check returns an empty string when the response is right, else what is
// wrong with it. Bodies are decoded strictly (every required member present,
// every enum value known), and errors are also read the way a client reads
// them, with `parse_response`, which must resolve the same modeled error.
#ifndef NEPTUNE_GRAPH_LOAD_CHECKS_HPP
#define NEPTUNE_GRAPH_LOAD_CHECKS_HPP

#include <neptune_graph/http.hpp>
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/neptune_graph.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace load {

namespace ng = neptune_graph;

/// A response as read off the connection.
struct received
{
    int status = 0;
    ng::http_headers headers;
    std::string body;
    bool keep_alive = false;
};

/// The body of the errors the HTTP layer answers before any operation is involved.
struct message_body
{
    std::string message;
};
BOOST_DESCRIBE_STRUCT(message_body, (), (message))

inline std::string excerpt(std::string_view s)
{
    constexpr std::size_t n = 300;
    return std::string(s.substr(0, n)) + (s.size() > n ? "..." : "");
}

inline std::string status_problem(received const& r, int want)
{
    if(r.status == want)
        return {};
    return "status " + std::to_string(r.status) + ", expected " + std::to_string(want) + ": " + excerpt(r.body);
}

inline std::string header_problem(received const& r, std::string_view name, std::optional<std::string_view> want)
{
    auto got = ng::find_header(r.headers, name);
    if(got == want)
        return {};
    return std::string(name) + ": " + (got ? "'" + std::string(*got) + "'" : "absent") + ", expected " +
           (want ? "'" + std::string(*want) + "'" : "absent");
}

inline ng::decode_options strict_decoding()
{
    ng::decode_options o;
    o.strict = true;
    return o;
}

/** A success of `Op`: status, content type, connection kept alive, and the
    body decoded strictly into `out`. */
template <class Op>
std::string read_output(received const& r, typename Op::output& out)
{
    if(auto p = status_problem(r, Op::success_status); !p.empty())
        return p;
    if(auto p = header_problem(r, "content-type", "application/json"); !p.empty())
        return p;
    if(!r.keep_alive)
        return "the server closes the connection after a success";
    auto decoded = ng::decode<typename Op::output>(r.body, strict_decoding());
    if(!decoded)
        return "the output does not decode: " + decoded.error().what() + ": " + excerpt(r.body);
    out = std::move(*decoded);
    return {};
}

/// A success of `Op` whose output must equal `want`.
template <class Op>
std::string expect_output(received const& r, typename Op::output const& want)
{
    typename Op::output out;
    if(auto p = read_output<Op>(r, out); !p.empty())
        return p;
    if(!(out == want))
        return "the output is not the expected one: " + excerpt(r.body);
    return {};
}

/** The modeled error `E` in answer to `Op`: its status and `x-amzn-errortype`,
    a body that decodes strictly as `E` with a message, the connection kept
    alive, and `parse_response<Op>` resolving the same error. `more(e)` checks
    the rest (reason, message). */
template <class Op, class E, class More>
std::string expect_error(received const& r, More more)
{
    if(auto p = status_problem(r, ng::error_binding<E>::status); !p.empty())
        return p;
    if(auto p = header_problem(r, "x-amzn-errortype", ng::shape_name<E>::value); !p.empty())
        return p;
    if(auto p = header_problem(r, "content-type", "application/json"); !p.empty())
        return p;
    if(!r.keep_alive)
        return "the server closes the connection after a " + std::string(ng::shape_name<E>::value);
    auto e = ng::decode<E>(r.body, strict_decoding());
    if(!e)
        return "the error body does not decode: " + e.error().what() + ": " + excerpt(r.body);
    if(e->message.empty())
        return "the error has no message: " + excerpt(r.body);
    auto parsed = ng::parse_response<Op>(r.status, r.headers, r.body);
    if(parsed)
        return "parse_response reads the error as a success";
    auto err = parsed.error();
    E const* resolved = err.template get_if<E>();
    if(!resolved || !(*resolved == *e))
        return "parse_response resolves it as " + err.what();
    return more(*e);
}

/// A ValidationException with `reason`, whose message names `member`.
template <class Op>
std::string expect_validation(received const& r, ng::ValidationExceptionReason reason, std::string_view member)
{
    return expect_error<Op, ng::ValidationException>(r, [&](ng::ValidationException const& e) -> std::string {
        if(!e.reason || *e.reason != reason)
            return "reason " + std::string(e.reason ? e.reason->str() : "absent") + ", expected " +
                   std::string(ng::open_enum<ng::ValidationExceptionReason>::name(reason)) + ": " +
                   excerpt(e.message);
        if(e.message.find("'" + std::string(member) + "'") == std::string::npos)
            return "the message does not name '" + std::string(member) + "': " + excerpt(e.message);
        return {};
    });
}

/// A 404 UnknownOperationException for `method` and `path` (an error no operation models).
inline std::string expect_unknown_operation(received const& r, std::string_view method, std::string_view path)
{
    if(auto p = status_problem(r, 404); !p.empty())
        return p;
    if(auto p = header_problem(r, "x-amzn-errortype", "UnknownOperationException"); !p.empty())
        return p;
    if(!r.keep_alive)
        return "the server closes the connection after an unknown operation";
    auto body = ng::decode<message_body>(r.body, strict_decoding());
    std::string want = "No operation matches '" + std::string(method) + "' '" + std::string(path) + "'";
    if(!body || body->message != want)
        return "the body is not {\"message\":\"" + want + "\"}: " + excerpt(r.body);
    auto parsed = ng::parse_response<ng::GetImportTask>(r.status, r.headers, r.body);
    if(parsed)
        return "parse_response reads the error as a success";
    auto err = parsed.error();
    auto const* unmodeled = err.get_if<ng::unmodeled_error>();
    if(!unmodeled || unmodeled->type != "UnknownOperationException" || unmodeled->message != want)
        return "parse_response resolves it as " + err.what();
    return {};
}

/** A refusal by the HTTP layer (431, 413, 400 for what is not HTTP): `status`,
    a JSON body `{"message": message}`, and the connection closed after it. */
inline std::string expect_refusal(received const& r, int status, std::string_view message)
{
    if(auto p = status_problem(r, status); !p.empty())
        return p;
    if(auto p = header_problem(r, "content-type", "application/json"); !p.empty())
        return p;
    if(r.keep_alive)
        return "the response does not close the connection";
    auto body = ng::decode<message_body>(r.body, strict_decoding());
    if(!body || body->message != message)
        return "the body is not {\"message\":\"" + std::string(message) + "\"}: " + excerpt(r.body);
    return {};
}

} // namespace load

#endif
