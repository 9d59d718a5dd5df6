// Options of the codec: limits, strictness, output form.
#ifndef NEPTUNE_GRAPH_JSON_OPTIONS_HPP
#define NEPTUNE_GRAPH_JSON_OPTIONS_HPP

#include <cstddef>

namespace neptune_graph {

/// The deepest nesting `decode` reads, whatever `decode_options::max_depth` says.
constexpr std::size_t max_depth_ceiling = 1024;

/// How `decode` reads. The defaults are safe for bytes from the network.
struct decode_options
{
    /** Refuse documents a lenient client accepts: a required member absent or
        `null`, or an enum string no enumerator names. Off by default because a
        client must not break when the service adds or omits something. */
    bool strict = false;

    std::size_t max_input_size = 64u << 20;   ///< bytes of input at most
    /// Nesting of objects and arrays at most, the document itself being 1.
    /// Values above `max_depth_ceiling` act as the ceiling: the parser recurses
    /// once per level, and the stack must hold on any thread.
    std::size_t max_depth = 64;
    std::size_t max_string_size = 1u << 20;   ///< bytes of one decoded string or key at most
    std::size_t max_list_size = 100000;       ///< elements of one list, or entries of one map, at most
};

/// How `encode` writes.
struct encode_options
{
    /// Indent by two spaces, one member per line. Compact by default.
    bool pretty = false;

    /** Re-emit an unknown union member as it was received (`{"tag": raw}`,
        byte for byte). Off by default: a client must not send what it does not
        understand; a proxy turns it on. */
    bool pass_through_unknown = false;
};

} // namespace neptune_graph

#endif
