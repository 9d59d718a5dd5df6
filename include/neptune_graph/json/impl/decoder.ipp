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

inline char const* decoder::after_key() const noexcept
{
    // From the anchor, pass the strings the parser copied; the last is the key.
    char const* p = anchor_;
    std::size_t n = strings_since_anchor_;
    if(anchor_lex_ == lex_state::closing_quote && p != end_)
        ++p;
    else if(anchor_lex_ != lex_state::outside && n > 0)
    {
        // Chunked: the chunk began inside a string, the first of those counted.
        p = skip_string_rest(p, end_, anchor_lex_ == lex_state::escaped);
        --n;
    }
    for(; n > 0 && p != end_; --n)
    {
        while(p != end_ && *p != '"')
            ++p;
        if(p != end_)
            p = skip_string_rest(p + 1, end_, false);
    }
    return p;
}

inline raw_value decoder::raw_value_after_key()
{
    if(!begin_)
        return {dom_raw_, true};
    char const* const key_end = after_key();
    char const* p = skip_space(key_end, end_);
    if(p != end_ && *p == ':')
        ++p;
    p = skip_space(p, end_);
    char const* e = skip_value(p, end_);
    // Chunked, a value that reaches the chunk's end may go on in the next.
    if(chunked_ && e == end_)
    {
        key_end_offset_ = offset_of(key_end) - 1;
        return {std::string_view(key_end, static_cast<std::size_t>(end_ - key_end)), false};
    }
    return {std::string_view(p, static_cast<std::size_t>(e - p)), true};
}

// Once the captured text holds the whole raw value (or the input has ended),
// the member is settled as it would have been at its key.
inline bool decoder::settle_capture(bool final)
{
    char const* const b = capture_.text.data();
    char const* const end = b + capture_.text.size();
    char const* p = skip_space(b, end);
    if(p != end && *p == ':')
        ++p;
    p = skip_space(p, end);
    char const* e = skip_value(p, end);
    if(e == end && !final)
        return true;
    capture_.open = false;
    if(capture_.frame >= stack_.size())
        return true;
    std::string_view raw(p, static_cast<std::size_t>(e - p));
    if(capture_.settle(*this, stack_[capture_.frame], capture_.key, raw))
        return true;
    failure_offset_ = capture_.key_offset;
    return false;
}

inline bool decoder::begin_chunk(std::string_view chunk, std::size_t base)
{
    begin_ = chunk.data();
    end_ = begin_ + chunk.size();
    base_ = base;
    anchor_ = begin_;
    anchor_lex_ = chunk_lex_;
    strings_since_anchor_ = 0;
    literal_failed_ = 0;
    if(!capture_.open)
        return true;
    capture_.text.append(chunk.data(), chunk.size());
    return settle_capture(false);
}

inline void decoder::end_chunk() noexcept
{
    // The state at the chunk's end, from the last place it is known, and the
    // escapes among its last 64 bytes.
    auto const size = static_cast<std::size_t>(end_ - begin_);
    std::uint64_t escapes = size >= 64 ? 0 : tail_escapes_ << size;
    char const* p = anchor_;
    lex_state s = anchor_lex_;
    if(s == lex_state::closing_quote)
    {
        s = lex_state::outside;
        if(p != end_)
            ++p;
    }
    for(; p != end_; ++p)
    {
        if(s == lex_state::outside)
        {
            if(*p == '"')
                s = lex_state::in_string;
        }
        else if(s == lex_state::escaped)
            s = lex_state::in_string;
        else if(*p == '\\')
        {
            s = lex_state::escaped;
            if(end_ - p <= 64)
                escapes |= std::uint64_t(1) << (end_ - p - 1);
        }
        else if(*p == '"')
            s = lex_state::outside;
    }
    chunk_lex_ = s;
    tail_escapes_ = escapes;
}

inline bool decoder::end_input()
{
    return !capture_.open || settle_capture(true);
}

inline bool decoder::raw_undecided() const noexcept
{
    if(!capture_.open)
        return false;
    char const* const b = capture_.text.data();
    char const* const end = b + capture_.text.size();
    char const* p = skip_space(b, end);
    if(p != end && *p == ':')
        ++p;
    p = skip_space(p, end);
    if(skip_value(p, end) != end)
        return false;  // the value has ended
    std::string_view const so_far(p, static_cast<std::size_t>(end - p));
    return so_far.size() <= 4 && std::string_view("null").substr(0, so_far.size()) == so_far;
}

inline void decoder::settle_open_raw_for_failure()
{
    if(!capture_.open)
        return;
    // The member's own failure came first, at its key; any other stands.
    bool const was_failed = failed_;
    error saved = std::move(error_);
    failed_ = false;
    if(settle_capture(true))
    {
        failed_ = was_failed;
        error_ = std::move(saved);
        failure_offset_ = static_cast<std::size_t>(-1);
    }
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
