// The codec's entry points, declared: what a translation unit needs to call
// them. json/decode.hpp and json/encode.hpp define them; with
// NEPTUNE_GRAPH_SEPARATE_COMPILATION the umbrella <neptune_graph/json.hpp>
// includes only this, and <neptune_graph/src.hpp> defines them for the
// service's shapes in one of your source files.
#ifndef NEPTUNE_GRAPH_JSON_FWD_HPP
#define NEPTUNE_GRAPH_JSON_FWD_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/json/options.hpp>

#include <string>
#include <string_view>

namespace neptune_graph {

/** Decodes `json` into `out`, following every wire rule of the library.

    Members absent from `json` are absent (or default) in `out` afterwards,
    whatever `out` held before; strings and lists already in `out` are reused,
    so decoding into the same object again allocates little. On failure `out`
    holds `T{}`: nothing partially decoded is left. No DOM is built: events of
    Boost.JSON's `basic_parser` fill `out` directly.

    @return nothing, or the error with its JSON path and byte offset.
*/
template <class T>
result<void> decode_into(T& out, std::string_view json, decode_options const& opts = {});

/** Decodes `json` as a `T`.

    @par Example
    @code
    auto r = neptune_graph::decode<Order>(body);
    if(!r)
        std::cerr << r.error().what() << '\n';  // "$.items[3].price: ..."
    @endcode
*/
template <class T>
result<T> decode(std::string_view json, decode_options const& opts = {});

/** Appends the JSON text of `v` to `out`.

    Members come in model order, absent optionals are omitted, output is
    compact unless `opts.pretty`. An unknown union member is refused unless
    `opts.pass_through_unknown`; on any error `out` is left as it was.
*/
template <class T>
result<void> encode_to(std::string& out, T const& v, encode_options const& opts = {});

/// The JSON text of `v` (see `encode_to`).
template <class T>
result<std::string> encode(T const& v, encode_options const& opts = {});

} // namespace neptune_graph

#endif
