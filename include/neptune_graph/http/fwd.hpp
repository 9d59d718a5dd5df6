// The binding's entry points, declared: what a translation unit needs to call
// them. http/make_request.hpp, make_response.hpp, parse_response.hpp and
// route.hpp define them; with NEPTUNE_GRAPH_SEPARATE_COMPILATION the umbrella
// <neptune_graph/http.hpp> includes only this, and <neptune_graph/src.hpp>
// defines them for the service's operations in one of your source files.
#ifndef NEPTUNE_GRAPH_HTTP_FWD_HPP
#define NEPTUNE_GRAPH_HTTP_FWD_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/route_result.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/json/options.hpp>

#include <string_view>

namespace neptune_graph {

/** The request of the operation `Op` for `in`.

    The path is `Op::uri` with each `{label}` replaced by its member,
    percent-encoded (RFC 3986 unreserved characters kept, `/` escaped); the
    query string holds the set query members in binding order, names and values
    percent-encoded. The members bound to neither (`body_members`) are the
    JSON body, encoded with `opts`, and sent with `content-type:
    application/json`; an input without body members sends no body.

    @return the request, or an error with the member's path: an empty label
    (`GET /items/` would be another request), a string that is not UTF-8
    or holds a NUL byte, or what `encode` refuses in the body (an unknown
    union member, unless `opts.pass_through_unknown`).

    The input is not validated here: call `validate(in)` first to catch what
    the service would refuse.
*/
template <class Op>
result<http_request> make_request(typename Op::input const& in, encode_options const& opts = {});

/** The response for `out`, the output of `Op`: `Op::success_status`,
    `content-type: application/json`, the output as JSON.

    A server that serves stored data holding union members this version does
    not know passes `encode_options::pass_through_unknown` so they reach the
    client unchanged (an SDK shows them as `$unknown`).
    @return the response, or the codec's error (a string that is not UTF-8,
    an unknown union member without pass-through).
*/
template <class Op>
result<http_response> make_response(typename Op::output const& out, encode_options const& opts = {});

/** The response for the modeled error `e`: its HTTP status,
    `x-amzn-errortype: <shape name>`, `content-type: application/json`, and
    the error shape as JSON. */
template <class E>
result<http_response> make_error_response(E const& e, encode_options const& opts = {});

/** Reads the response to the operation `Op`.

    A 2xx response is the output, decoded with `opts` (an empty body reads as
    `{}`); if it does not decode, the error holds the codec's `error`.
    Any other status is an error, resolved as restJson1 says:

    1. the type is the header `x-amzn-errortype`, else the body's `code`, else
       the body's `__type` (an empty value counts as absent);
    2. it is cleaned: cut at the first `:`, then keep what follows the last `#`
       (`aws.protocoltests.restjson#FooError:http://...` is `FooError`);
    3. a type naming one of `Op::errors` gives that error, decoded from the body;
    4. anything else gives `unmodeled_error{status, type, raw_type, message}`,
       with an empty type when the response named none.

    The message is the body's `message`, else `Message`.
*/
template <class Op>
operation_result<Op> parse_response(int status, http_headers const& headers, std::string_view body,
                                    decode_options const& opts = {});

/// Reads `r` as the response to `Op` (see the overload above).
template <class Op>
operation_result<Op> parse_response(http_response const& r, decode_options const& opts = {});

/** Finds the operation of `Operations` (an `mp_list` of operation traits)
    that `method` and `target` call, and reads and validates its input from
    the labels, the query and `body`.

    @return the input, as the alternative of `routed_input<Operations>` whose
    index is the operation's position in `Operations`; or the response to send:
    - 404, `x-amzn-errortype: UnknownOperationException`, when no operation
      has this method and path. Paths match their templates segment by
      segment, byte for byte: a trailing slash, an extra segment or an empty
      label matches nothing.
    - `invalid_input<E>::answer` of the values that cannot be read as their
      members (`invalid_type`: a malformed percent-escape, a NUL byte, text
      that is not UTF-8 once decoded, a query parameter given twice, an
      integer that is not `-?[0-9]+` or does not fit its member, a body that
      is not JSON of the input's body members; `union_arity`), or else of
      the required body members absent and every violation `validate()`
      (strict) finds in the input read.

    The body members (`body_members`) are decoded from `body` with `opts` (an
    empty body reads as `{}`); a body of an operation without body members
    is ignored, as are query parameters the operation does not bind. `+` is
    a plus sign, not a space.
*/
template <class Operations>
route_result<Operations> route(std::string_view method, std::string_view target, std::string_view body = {},
                               decode_options const& opts = {});

} // namespace neptune_graph

#endif
