// Server side: a request to the operation it calls and that operation's input, read and validated.
#ifndef NEPTUNE_GRAPH_HTTP_ROUTE_HPP
#define NEPTUNE_GRAPH_HTTP_ROUTE_HPP

#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/detail/percent.hpp>
#include <neptune_graph/http/detail/target.hpp>
#include <neptune_graph/http/detail/uri_value.hpp>
#include <neptune_graph/http/invalid_input.hpp>
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/model/shape_name.hpp>
#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <boost/mp11/set.hpp>
#include <boost/system/result.hpp>
#include <boost/variant2/variant.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace neptune_graph {

namespace detail {
template <class Op> using input_of = typename Op::input;
} // namespace detail

/// The decoded input of whichever operation of `Operations` a request calls.
template <class Operations>
using routed_input =
    boost::mp11::mp_rename<boost::mp11::mp_transform<detail::input_of, Operations>, boost::variant2::variant>;

/// What `route` gives: the input to call an operation with, or the response to send at once.
template <class Operations>
using route_result = boost::system::result<routed_input<Operations>, http_response>;

/// Thrown by `route_result::value()` when the request is answered by a response instead.
class refused_request : public std::runtime_error
{
    http_response response_;

public:
    explicit refused_request(http_response r)
        : std::runtime_error("request refused with status " + std::to_string(r.status) + ": " + r.body),
          response_(std::move(r)) {}
    http_response const& response() const noexcept { return response_; }
};

// Found by ADL from route_result<...>::value().
[[noreturn]] inline void throw_exception_from_error(http_response const& r, boost::source_location const&)
{
    throw refused_request(r);
}

namespace detail {

// JSON string text of a message made of printable ASCII.
inline void append_json_string(std::string& out, std::string_view s)
{
    out += '"';
    for(char c : s)
    {
        if(c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

inline http_response unknown_operation(std::string_view method, std::string_view target)
{
    std::string message = "No operation matches " + printable(method, 16) + " " +
                          printable(split(target).path);
    http_response r;
    r.status = 404;
    r.headers.emplace_back("x-amzn-errortype", "UnknownOperationException");
    r.headers.emplace_back("content-type", "application/json");
    r.body = "{\"message\":";
    append_json_string(r.body, message);
    r.body += '}';
    return r;
}

template <class E>
http_response error_response(E const& e)
{
    auto r = make_error_response(e);
    if(r)
        return std::move(*r);
    // Only a message that is not UTF-8 fails to encode; route's messages are
    // printable ASCII or values it has checked to be UTF-8.
    http_response fallback;
    fallback.status = error_binding<E>::status;
    fallback.headers.emplace_back("x-amzn-errortype", std::string(shape_name<E>::value));
    fallback.headers.emplace_back("content-type", "application/json");
    fallback.body = "{}";
    return fallback;
}

// At most this many problems are spelled out in one message: a request of a
// few KB naming thousands of unreadable parameters must not be answered by a
// response many times its size.
constexpr std::size_t max_listed_problems = 10;

// `N validation error(s) detected: a; b`, as AWS words it; past the first
// max_listed_problems, `; and K more`.
inline std::string bad_request_message(std::vector<std::string> const& problems)
{
    std::string m = std::to_string(problems.size());
    m += problems.size() == 1 ? " validation error detected: " : " validation errors detected: ";
    std::size_t const listed = problems.size() < max_listed_problems ? problems.size() : max_listed_problems;
    for(std::size_t i = 0; i < listed; ++i)
    {
        if(i)
            m += "; ";
        m += problems[i];
    }
    if(listed < problems.size())
        m += "; and " + std::to_string(problems.size() - listed) + " more";
    return m;
}

inline std::string decode_failure_text(percent_failure f)
{
    switch(f.code)
    {
    case http_errc::bad_percent_escape:
        return "has a malformed percent-escape at byte " + std::to_string(f.at);
    case http_errc::nul_byte:
        return "holds a NUL byte";
    default:
        return "is not valid UTF-8 once percent-decoded";
    }
}

template <class M>
std::string parse_problem(std::string_view name, std::string_view decoded, http_errc code)
{
    std::string m = "Value '" + printable(decoded) + "' at '" + std::string(name) + "' ";
    using V = typename optional_value<M>::type;
    if(code == http_errc::not_integer)
        m += "is not a decimal integer";
    else if(code == http_errc::not_boolean)
        m += "is not true or false";
    else if constexpr(std::is_integral<V>::value)
        m += "is out of range for a " + integer_kind<V>();
    return m;
}

// Reads one label or query value into its member, or says why not.
template <class M>
void bind_value(M& member, std::string_view name, std::string_view raw, std::string& scratch,
                std::vector<std::string>& problems)
{
    if(percent_failure f = percent_decode(raw, scratch))
    {
        problems.push_back("Value '" + printable(raw) + "' at '" + std::string(name) + "' " +
                           decode_failure_text(f));
        return;
    }
    http_errc code = parse_uri_text(scratch, member);
    if(code != http_errc{})
        problems.push_back(parse_problem<M>(name, scratch, code));
}

template <class Op, class Variant>
boost::system::result<Variant, http_response> bind_input(std::vector<path_label> const& labels,
                                                          std::string_view query)
{
    using input = typename Op::input;
    using answers = invalid_input<typename Op::error_type>;
    input in{};
    std::vector<std::string> problems;
    std::string scratch;

    std::vector<query_param> params = parse_query(query);
    for(auto const& p : params)
        if(p.key_failure)
            problems.push_back("Query parameter name '" + printable(p.raw_key) + "' " +
                               decode_failure_text(p.key_failure));

    for_each_binding<input>([&](auto const& b) {
        using B = std::decay_t<decltype(b)>;
        auto& member = in.*b.member;
        std::string_view const name = member_name(b.member);  // as constraint messages name it
        if constexpr(is_label_binding<B>::value)
        {
            for(auto const& l : labels)
                if(l.name == b.name)
                    bind_value(member, name, l.raw, scratch, problems);
        }
        else
        {
            std::size_t count = 0;
            query_param const* found = nullptr;
            for(auto const& p : params)
                if(!p.key_failure && p.key == b.name)
                {
                    ++count;
                    found = found ? found : &p;
                }
            if(count > 1)
                problems.push_back("Query parameter '" + std::string(b.name) + "' is given " +
                                   std::to_string(count) + " times; it takes one value");
            else if(found)
                bind_value(member, name, found->raw_value, scratch, problems);
        }
    });

    // A value that could not be read left its member unset, which validate()
    // would report again as missing: such a request is refused for that alone.
    if(!problems.empty())
        return error_response(answers::bad_request(bad_request_message(problems)));
    validate_options strict;
    strict.strict = true;  // a server refuses what it does not know
    std::vector<error> violations = validate(in, strict);
    if(!violations.empty())
        return error_response(answers::constraint_violation(violations));
    return Variant(std::move(in));
}

} // namespace detail

/** Finds the operation of `Operations` (an `mp_list` of operation traits)
    that `method` and `target` call, and reads and validates its input.

    @return the input, as the alternative of `routed_input<Operations>` whose
    index is the operation's position in `Operations`; or the response to send:
    - 404, `x-amzn-errortype: UnknownOperationException`, when no operation
      has this method and path. Paths match their templates segment by
      segment, byte for byte: a trailing slash, an extra segment or an empty
      label matches nothing.
    - `invalid_input<E>::bad_request` (a 400 for AWS services), when a label or query
      value cannot be read as its member: a malformed percent-escape, a NUL
      byte, text that is not UTF-8 once decoded, a query parameter given twice,
      an integer that is not `-?[0-9]+` or does not fit its member.
    - `invalid_input<E>::constraint_violation`, with every
      violation `validate()` finds in the input read (a pattern, a length,
      a range, a required member).

    Query parameters the operation does not bind are ignored; `+` is a plus
    sign, not a space.
*/
template <class Operations>
route_result<Operations> route(std::string_view method, std::string_view target)
{
    using variant = routed_input<Operations>;
    constexpr std::size_t n = boost::mp11::mp_size<Operations>::value;
    static_assert(n > 0, "route needs at least one operation");
    static_assert(boost::mp11::mp_is_set<boost::mp11::mp_transform<detail::input_of, Operations>>::value,
                  "route: each operation needs its own input type");

    detail::split_target t = detail::split(target);
    std::vector<detail::path_label> labels, best_labels;
    std::size_t best = n;
    int best_literals = -1;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<n>>([&](auto I) {
        using Op = boost::mp11::mp_at_c<Operations, I>;
        detail::check_operation<Op>();
        if(method != Op::method)
            return;
        int literals = detail::match_path(Op::uri, t.path, labels);
        if(literals > best_literals)
        {
            best = I;
            best_literals = literals;
            best_labels.swap(labels);
        }
    });
    if(best == n)
        return detail::unknown_operation(method, target);
    return boost::mp11::mp_with_index<n>(best, [&](auto I) -> route_result<Operations> {
        using Op = boost::mp11::mp_at_c<Operations, I>;
        return detail::bind_input<Op, variant>(best_labels, t.query);
    });
}

} // namespace neptune_graph

#endif
