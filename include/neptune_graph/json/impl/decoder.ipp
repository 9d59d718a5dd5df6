// Out-of-line parts of the decoder: skipping, raw text, paths.
#ifndef NEPTUNE_GRAPH_JSON_IMPL_DECODER_IPP
#define NEPTUNE_GRAPH_JSON_IMPL_DECODER_IPP

namespace neptune_graph {
namespace detail {

namespace skip {
inline bool string(decoder&, void*, std::string_view) { return true; }
inline bool number(decoder&, void*, number_event const&) { return true; }
inline bool boolean(decoder&, void*, bool) { return true; }
inline bool null(decoder&, void*) { return true; }
inline bool container(decoder& d, void*) { d.begin_skip(); return true; }

// Unknown keys land here: any value, nested arbitrarily, is read and dropped.
inline constexpr value_ops ops = [] {
    value_ops o;
    o.string = string;
    o.number = number;
    o.boolean = boolean;
    o.null = null;
    o.object_begin = container;
    o.array_begin = container;
    o.expected = "any value";
    return o;
}();
} // namespace skip

inline void decoder::skip_next(std::string_view key)
{
    frame& f = top();
    f.unknown_child = true;
    f.has_child = true;
    unknown_key_.assign(key.data(), key.size());
    expect(&skip::ops, nullptr);
}

inline std::string_view decoder::raw_value_after_key()
{
    if(!begin_)
        return dom_raw_;
    // From the anchor, pass the strings the parser copied; the last is the key.
    char const* p = anchor_;
    if(anchor_in_string_ && p != end_)
        ++p;  // the closing quote
    for(std::size_t n = strings_since_anchor_; n > 0 && p != end_; --n)
    {
        while(p != end_ && *p != '"')
            ++p;
        p = skip_string(p, end_);
    }
    p = skip_space(p, end_);
    if(p != end_ && *p == ':')
        ++p;
    p = skip_space(p, end_);
    return std::string_view(p, static_cast<std::size_t>(skip_value(p, end_) - p));
}

inline std::string decoder::path(bool at_child) const
{
    std::string r = "$";
    std::size_t map = 0;  // maps_ holds the open maps in the order of their frames
    for(std::size_t i = 0; i < stack_.size(); ++i)
    {
        frame const& f = stack_[i];
        std::size_t const m = f.kind == frame_kind::map ? map++ : 0;
        if(!f.has_child || (!at_child && i + 1 == stack_.size()))
            continue;
        if(f.kind == frame_kind::array)
        {
            append_index_segment(r, f.child);
        }
        else if(f.kind == frame_kind::map)
            append_key_segment(r, maps_[m].key);
        else if(f.unknown_child)
            append_key_segment(r, unknown_key_);
        else
            append_key_segment(r, f.ops->child_name(f.child));
    }
    return r;
}

} // namespace detail
} // namespace neptune_graph

#endif
