// The decoder: a basic_parser handler that routes each event to the value it fills.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_DECODER_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_DECODER_HPP

#include <neptune_graph/detail/path.hpp>
#include <neptune_graph/error.hpp>
#include <neptune_graph/json/detail/raw_text.hpp>
#include <neptune_graph/json/detail/text_buffer.hpp>
#include <neptune_graph/json/options.hpp>

#include <boost/config.hpp>
#include <boost/container/small_vector.hpp>
#include <boost/json/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace neptune_graph {

/// A required member a document lacks: its path and its name.
struct absent_member
{
    std::string path;
    std::string_view name;
};

namespace detail {

class decoder;
struct frame;

// A number event: the parser's value and the number's text as written.
struct number_event
{
    enum kind_t { int64, uint64, floating } kind;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
    std::string_view text;
};

// What a type does with each event. One constant table per decoded type;
// the decoder holds a pointer to the table of the value the next event fills.
struct value_ops
{
    bool (*string)(decoder&, void*, std::string_view) = nullptr;
    bool (*number)(decoder&, void*, number_event const&) = nullptr;
    bool (*boolean)(decoder&, void*, bool) = nullptr;
    bool (*null)(decoder&, void*) = nullptr;
    bool (*object_begin)(decoder&, void*) = nullptr;
    bool (*array_begin)(decoder&, void*) = nullptr;
    // Used by the frame of an open object or array of this type.
    bool (*key)(decoder&, frame&, std::string_view) = nullptr;
    bool (*element)(decoder&, frame&) = nullptr;
    bool (*end)(decoder&, frame&) = nullptr;
    std::string_view (*child_name)(std::size_t) = nullptr;  // member or tag name, for paths
    char const* expected = "";                               // "a string", for messages
};

enum class frame_kind : unsigned char { object, array, union_, map };

// Text mode: the raw text of the value after a key, and whether it is whole.
// In chunked mode it may go on in a later chunk: `text` is then all of the
// chunk from just after the key on.
struct raw_value
{
    std::string_view text;
    bool whole = true;
};

// An open object or array.
struct frame
{
    value_ops const* ops;
    void* obj;
    std::uint64_t keys = 0;     // members whose key was seen (duplicates)
    std::uint64_t present = 0;  // members with a non-null value; unions: members set
    std::size_t child = 0;      // current member index, element index
    std::size_t unknown_begin = 0;
    std::size_t start = 0;      // text mode: the byte offset the input stood at as it opened
    frame_kind kind = frame_kind::object;
    bool has_child = false;     // a key or element has been seen
    bool unknown_child = false; // the current key is not a member
};

constexpr std::size_t no_member = static_cast<std::size_t>(-1);

inline std::size_t effective_max_depth(decode_options const& o) noexcept
{
    return o.max_depth < max_depth_ceiling ? o.max_depth : max_depth_ceiling;
}

inline std::string too_deep_message(decode_options const& o)
{
    return "nesting deeper than " + std::to_string(effective_max_depth(o));
}

class decoder
{
public:
    // basic_parser's compile-time limits are off: ours are runtime options.
    static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

    decoder(decode_options const& opts, value_ops const* root_ops, void* root) noexcept
        : opts_(opts), next_ops_(root_ops), next_obj_(root)
    {
    }

    decode_options const& options() const noexcept { return opts_; }

    // Text mode: raw values are located in `in`.
    void set_input(std::string_view in) noexcept
    {
        begin_ = in.data();
        end_ = in.data() + in.size();
        anchor_ = begin_;
    }

    // Chunked mode: the input arrives in chunks, each fed to the parser after
    // `begin_chunk`, which says where it starts in the whole input, and before
    // `end_chunk`. `size_hint`, when not 0, is the whole input's expected size
    // (for list capacity guesses; 0: no guesses). Returns false when an unknown
    // union member that began in an earlier chunk fails as the chunk completes it.
    void set_chunked(std::size_t size_hint) noexcept
    {
        chunked_ = true;
        size_hint_ = size_hint;
    }
    bool begin_chunk(std::string_view chunk, std::size_t base);
    void end_chunk() noexcept;
    // The input has ended: a raw member still open is settled with what came.
    bool end_input();
    // A failure elsewhere while a raw member is open: what decoding the whole
    // text would have reported first (the member's own failure, at its key).
    void settle_open_raw_for_failure();
    // Whether a raw member is open whose value, as far as it came, may still
    // turn out to be exactly `null` (ignored) or not (claiming the union): a
    // failure elsewhere must then wait for the bytes that say which, since
    // the whole text settles the member at its key, before that failure.
    bool raw_undecided() const noexcept;
    // Bytes that came after a failure, for a raw member still undecided.
    void capture_more(std::string_view s) { capture_.text.append(s.data(), s.size()); }
    lex_state chunk_lex() const noexcept { return chunk_lex_; }
    // Which of the 64 bytes before the current chunk begin an escape (bit k:
    // the byte k + 1 before it), as far as known: a backslash run may be longer
    // than the bytes kept of it. Bytes of a chunk before its last key or
    // number may be left unmarked: no escape there reaches past that token.
    std::uint64_t tail_escapes() const noexcept { return tail_escapes_; }
    // The offset the failure is reported at, when it is not where the parser
    // stopped (a raw member's failure found after its key's chunk); else npos.
    std::size_t failure_offset() const noexcept { return failure_offset_; }
    // The length of the literal (true, false, null) a handler failure came
    // on, else 0: the parser stops at its first byte, or at its last when the
    // literal spans chunks.
    std::size_t literal_failed() const noexcept { return literal_failed_; }

    // The slot the next value event fills.
    void expect(value_ops const* ops, void* obj) noexcept
    {
        next_ops_ = ops;
        next_obj_ = obj;
    }

    // The next value is skipped whole; `key` names it in paths.
    void skip_next(std::string_view key);

    // Called by the skipping table when the skipped value is an object or array.
    void begin_skip()
    {
        skip_ = 1;
        skip_keys_.push_back(unknown_keys_.size());
    }

    frame& top() noexcept { return stack_.back(); }

    frame& push(value_ops const* ops, void* obj, frame_kind kind)
    {
        frame f;
        f.ops = ops;
        f.obj = obj;
        f.kind = kind;
        f.unknown_begin = unknown_keys_.size();
        f.start = offset_of(anchor_);
        stack_.push_back(f);
        in_array_ = kind == frame_kind::array;
        return stack_.back();
    }

    // A map's keys are data, not member names: the decoder keeps each open
    // map's current key for paths, and the entries whose value was null.
    frame& push_map(value_ops const* ops, void* obj)
    {
        maps_.push_back(open_map{{}, null_entries_.size()});
        return push(ops, obj, frame_kind::map);
    }

    // The key of the top map's current entry; it must outlive the entry.
    void set_map_key(std::string_view key) noexcept { maps_.back().key = key; }

    // The top map's current entry had a null value: it is kept while the map
    // is open (its key may not come again) and dropped when it closes.
    void note_null_entry() { null_entries_.push_back(maps_.back().key); }

    // The top map closes: `drop(key)` for each of its null entries.
    template <class Drop>
    void close_map(Drop drop)
    {
        std::size_t const begin = maps_.back().nulls_begin;
        for(std::size_t i = begin; i < null_entries_.size(); ++i)
            drop(null_entries_[i]);
        null_entries_.resize(begin);
        maps_.pop_back();
    }

    // Records an unknown key of the top object; false if it was seen before.
    bool note_unknown_key(std::string_view key)
    {
        frame& f = top();
        for(std::size_t i = f.unknown_begin; i < unknown_keys_.size(); ++i)
            if(unknown_keys_[i] == key)
                return false;
        unknown_keys_.emplace_back(key);
        return true;
    }

    // How many elements the open list `f` will hold in all, guessed from the
    // input its first `count` elements took and the input left; 0 if unknown.
    // Reserving that much spares the moves of repeated growth. Whatever the
    // input, the guess never reserves more than four times the input left, in
    // bytes: a few tiny elements before a long string cannot make it reserve a
    // lot (a model struct takes a few times the bytes of its usual text).
    std::size_t expected_list_size(frame const& f, std::size_t count, std::size_t element_size) const noexcept
    {
        if(!begin_ || count < 16)
            return 0;
        std::size_t const at = offset_of(anchor_);
        // Chunked, the input left is known only from a size hint.
        std::size_t const total = chunked_ ? size_hint_ : static_cast<std::size_t>(end_ - begin_);
        if(at <= f.start || total <= at)
            return 0;
        std::size_t used = at - f.start;
        std::size_t left = total - at;
        std::size_t guess = count + left / (used / count + 1) + 1;
        std::size_t bound = count + 4 * (left / element_size);
        guess = guess < bound ? guess : bound;
        return guess < opts_.max_list_size ? guess : opts_.max_list_size;
    }

    // The raw text of the value that follows the key just read.
    raw_value raw_value_after_key();

    // Chunked mode: the raw value after the key just read goes on past the
    // chunk (`raw.text` from `raw_value_after_key`). It is captured as chunks
    // arrive; once it is whole, `settle(d, f, key, text)` runs for the open
    // frame `f` (as it would have at the key), a failure being reported at the key.
    using settle_fn = bool (*)(decoder&, frame&, std::string_view, std::string_view);
    void capture_raw(std::string_view key, std::string_view rest, settle_fn settle)
    {
        capture_.open = true;
        capture_.text.assign(rest.data(), rest.size());
        capture_.key.assign(key.data(), key.size());
        capture_.frame = stack_.size() - 1;
        capture_.key_offset = key_end_offset_;
        capture_.settle = settle;
    }

    bool in_union() const noexcept
    {
        return !stack_.empty() && stack_.back().kind == frame_kind::union_;
    }

    // For DOM input: the raw text of the value after the next key.
    void set_dom_raw(std::string_view raw) noexcept { dom_raw_ = raw; }

    // Records a failure at the current position; always returns false.
    BOOST_NOINLINE bool fail(boost::system::error_code code, std::string message, bool at_child = true)
    {
        if(!failed_)
        {
            failed_ = true;
            error_.code = code;
            error_.message = std::move(message);
            error_.path = path(at_child);
        }
        return false;
    }

    BOOST_NOINLINE bool mismatch(value_ops const& ops, char const* got)
    {
        return fail(errc::type_mismatch, std::string("expected ") + ops.expected + ", got " + got);
    }

    // Absent required members are listed here (by path) instead of failing a
    // strict decode: a server answers them all at once.
    void collect_absent(std::vector<absent_member>* sink) noexcept { absent_ = sink; }
    bool collects_absent() const noexcept { return absent_ != nullptr; }
    BOOST_NOINLINE void note_absent(std::string_view member)
    {
        std::string p = path(false);
        append_key_segment(p, member);
        absent_->push_back(absent_member{std::move(p), member});
    }

    bool failed() const noexcept { return failed_; }
    error& failure() noexcept { return error_; }

    // The JSON path of the current value (or of the open object, without its child).
    std::string path(bool at_child = true) const;

    // ---- basic_parser handler events ----

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }

    bool on_object_begin(boost::system::error_code& ec)
    {
        if(skip_)
            return enter_skipped(), true;
        return check(begin_value() && next_ops_->object_begin(*this, next_obj_), ec);
    }

    bool on_object_end(std::size_t, boost::system::error_code& ec) { return check(end_container(), ec); }

    bool on_array_begin(boost::system::error_code& ec)
    {
        if(skip_)
            return enter_skipped(), true;
        return check(begin_value() && next_ops_->array_begin(*this, next_obj_), ec);
    }

    bool on_array_end(std::size_t, boost::system::error_code& ec) { return check(end_container(), ec); }

    // Past max_string_size, a string or key is refused at its end, wherever
    // the parser happened to hand over parts (escapes, chunks): its parts are
    // no longer kept, and the error is the same however the input was split.
    bool on_key_part(std::string_view s, std::size_t n, boost::system::error_code&)
    {
        if(BOOST_LIKELY(n <= opts_.max_string_size))
            append_cold(s);
        return true;
    }

    bool on_key(std::string_view s, std::size_t n, boost::system::error_code& ec)
    {
        note_string(s);
        if(BOOST_UNLIKELY(n > opts_.max_string_size))
            return check(string_too_long(skip_ != 0), ec);  // a key: at the object holding it
        if(BOOST_UNLIKELY(!buf_.empty()))
            append_cold(s);
        std::string_view key = whole(s);
        // Keys of skipped objects are checked for duplicates too: a value we
        // drop may be read by someone else (a raw union member passed on).
        bool ok = skip_ ? skipped_key(key) : top().ops->key(*this, top(), key);
        buf_.clear();
        return check(ok, ec);
    }

    bool on_string_part(std::string_view s, std::size_t n, boost::system::error_code&)
    {
        if(!skip_ && BOOST_LIKELY(n <= opts_.max_string_size))
            append_cold(s);
        return true;
    }

    bool on_string(std::string_view s, std::size_t n, boost::system::error_code& ec)
    {
        // Only counted: the anchor moves on keys and numbers, which is enough
        // to find a raw value after a key, and cheaper per string.
        ++strings_since_anchor_;
        if(BOOST_UNLIKELY(n > opts_.max_string_size))
            return check(string_too_long(), ec);
        if(skip_)  // dropped, or kept raw, but held to the same limit
            return true;
        if(BOOST_UNLIKELY(!buf_.empty()))
            append_cold(s);
        bool ok = begin_value() && next_ops_->string(*this, next_obj_, whole(s));
        buf_.clear();
        return check(ok, ec);
    }

    bool on_number_part(std::string_view s, boost::system::error_code&)
    {
        if(!skip_)
            num_buf_.append(s);
        return true;
    }

    bool on_int64(std::int64_t i, std::string_view s, boost::system::error_code& ec)
    {
        number_event n{number_event::int64, i, 0, 0, {}};
        return on_number(n, s, ec);
    }

    bool on_uint64(std::uint64_t u, std::string_view s, boost::system::error_code& ec)
    {
        number_event n{number_event::uint64, 0, u, 0, {}};
        return on_number(n, s, ec);
    }

    bool on_double(double d, std::string_view s, boost::system::error_code& ec)
    {
        number_event n{number_event::floating, 0, 0, d, {}};
        return on_number(n, s, ec);
    }

    bool on_bool(bool b, boost::system::error_code& ec)
    {
        if(skip_)
            return true;
        if(BOOST_LIKELY(begin_value() && next_ops_->boolean(*this, next_obj_, b)))
            return true;
        return literal_failure(ec, b ? 4 : 5);
    }

    bool on_null(boost::system::error_code& ec)
    {
        if(skip_)
            return true;
        if(stack_.empty())  // a document that is just null is not an object
        {
            mismatch(*next_ops_, "null");
            return literal_failure(ec, 4);
        }
        else
        {
            frame& f = top();
            // Lists are dense: a null element is no element (as the SDKs do).
            if(f.kind == frame_kind::array)
                return true;
            // A null member is an absent member.
            if(f.kind == frame_kind::object && !f.unknown_child)
                f.present &= ~(std::uint64_t(1) << f.child);
        }
        if(BOOST_LIKELY(next_ops_->null(*this, next_obj_)))
            return true;
        return literal_failure(ec, 4);
    }

    bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
    bool on_comment(std::string_view, boost::system::error_code&) { return true; }

private:
    bool check(bool ok, boost::system::error_code& ec)
    {
        if(BOOST_LIKELY(ok))
            return true;
        return report(ec);
    }

    BOOST_NOINLINE bool literal_failure(boost::system::error_code& ec, std::size_t length)
    {
        literal_failed_ = length;
        return report(ec);
    }

    BOOST_NOINLINE bool report(boost::system::error_code& ec)
    {
        if(!failed_)  // a path that failed without saying why
            fail(errc::invalid_value, "invalid value");
        ec = error_.code;
        return false;
    }

    // Array elements are created as their first event arrives.
    bool begin_value()
    {
        if(in_array_)
            return stack_.back().ops->element(*this, stack_.back());
        return true;
    }

    void enter_skipped()
    {
        ++skip_;
        skip_keys_.push_back(unknown_keys_.size());
    }

    BOOST_NOINLINE bool skipped_key(std::string_view key)
    {
        for(std::size_t i = skip_keys_.back(); i < unknown_keys_.size(); ++i)
            if(unknown_keys_[i] == key)
                return fail(errc::duplicate_key, "duplicate key '" + std::string(key) + "'");
        unknown_keys_.emplace_back(key);
        return true;
    }

    bool end_container()
    {
        if(skip_)
        {
            --skip_;
            unknown_keys_.resize(skip_keys_.back());
            skip_keys_.pop_back();
            return true;
        }
        frame& f = top();
        if(!f.ops->end(*this, f))
            return false;
        unknown_keys_.resize(f.unknown_begin);
        stack_.pop_back();
        in_array_ = !stack_.empty() && stack_.back().kind == frame_kind::array;
        return true;
    }

    // Kept out of line: the usual string arrives whole and is never copied.
    BOOST_NOINLINE void append_cold(std::string_view s) { buf_.append(s); }

    // A key too long is reported at the object holding it (within a skipped
    // value, at the member holding that value): its current child is another key.
    BOOST_NOINLINE bool string_too_long(bool at_child = true)
    {
        return fail(errc::string_too_long,
                    "string longer than " + std::to_string(opts_.max_string_size) + " bytes", at_child);
    }

    std::string_view whole(std::string_view last) const noexcept
    {
        return buf_.empty() ? last : buf_.view();
    }

    bool on_number(number_event& n, std::string_view s, boost::system::error_code& ec)
    {
        note_anchor(s, false);
        if(skip_)
            return true;
        if(!num_buf_.empty())
        {
            num_buf_.append(s);
            n.text = num_buf_.view();
        }
        else
            n.text = s;
        bool ok = begin_value() && next_ops_->number(*this, next_obj_, n);
        num_buf_.clear();
        return check(ok, ec);
    }

    bool in_input(std::string_view s) const noexcept
    {
        // In DOM mode begin_ and end_ are null: nothing is in the input.
        return s.data() >= begin_ && s.data() + s.size() <= end_;
    }

    // The anchor is the last place in the input a key or number event pointed
    // at; the strings since (values, and keys the parser copied for escapes)
    // are counted from there instead.
    void note_anchor(std::string_view s, bool in_string) noexcept
    {
        if(in_input(s))
        {
            anchor_ = s.data() + s.size();
            anchor_lex_ = in_string ? lex_state::closing_quote : lex_state::outside;
            strings_since_anchor_ = 0;
        }
    }

    // The byte offset in the whole input of `p`, a position in the current
    // chunk (0 with no text: both null). No branch: it runs for every object.
    std::size_t offset_of(char const* p) const noexcept
    {
        return base_ + static_cast<std::size_t>(p - begin_);
    }

    // Just after the key the parser last read: from the anchor, past the
    // strings read since (the last is the key).
    char const* after_key() const noexcept;
    bool settle_capture(bool final);

    void note_string(std::string_view s) noexcept
    {
        if(in_input(s))
            note_anchor(s, true);
        else
            ++strings_since_anchor_;
    }

    decode_options const& opts_;
    value_ops const* next_ops_;
    void* next_obj_;
    boost::container::small_vector<frame, 16> stack_;  // no allocation for documents of usual depth
    bool in_array_ = false;  // the top frame is an array: each value begins an element
    std::size_t skip_ = 0;
    text_buffer buf_;
    text_buffer num_buf_;
    std::vector<std::string> unknown_keys_;  // keys that are not members, per open object
    std::vector<std::size_t> skip_keys_;     // where each skipped object's keys begin
    std::string unknown_key_;  // the current unknown key, for paths
    char const* begin_ = nullptr;
    char const* end_ = nullptr;
    char const* anchor_ = nullptr;
    lex_state anchor_lex_ = lex_state::outside;
    // Chunked mode: where the current chunk starts in the whole input, the
    // state at its first byte, and the expected size of the whole input.
    bool chunked_ = false;
    std::size_t base_ = 0;
    lex_state chunk_lex_ = lex_state::outside;
    std::uint64_t tail_escapes_ = 0;
    std::size_t size_hint_ = 0;
    std::size_t key_end_offset_ = 0;  // the offset of the last raw key's closing quote
    // An unknown union member whose raw value goes on past its key's chunk.
    struct raw_capture
    {
        bool open = false;
        std::string text;  // from just after the key
        std::string key;
        std::size_t frame = 0;  // the union's frame
        std::size_t key_offset = 0;
        settle_fn settle = nullptr;
    } capture_;
    std::size_t failure_offset_ = static_cast<std::size_t>(-1);
    std::size_t literal_failed_ = 0;
    std::size_t strings_since_anchor_ = 0;
    std::string_view dom_raw_;
    std::vector<absent_member>* absent_ = nullptr;
    struct open_map
    {
        std::string_view key;     // the current entry's key, held by the map's node
        std::size_t nulls_begin;  // where its entries in null_entries_ begin
    };
    std::vector<open_map> maps_;                  // the open maps, outermost first
    std::vector<std::string_view> null_entries_;  // keys of null entries, per open map
    bool failed_ = false;
    error error_;
};

} // namespace detail
} // namespace neptune_graph

#include <neptune_graph/json/impl/decoder.ipp>

#endif
