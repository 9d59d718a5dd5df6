// stream_decoder: JSON text decoded as it arrives, chunk by chunk.
#ifndef NEPTUNE_GRAPH_JSON_STREAM_DECODE_HPP
#define NEPTUNE_GRAPH_JSON_STREAM_DECODE_HPP

#include <neptune_graph/json/decode.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace neptune_graph {

namespace detail {

// The parser and decoder of a chunked decode, fed by `write` and `finish`:
// whatever the chunks, the value or the error is the one `decode_text` gives
// for their concatenation (but for input_too_large, reported at the chunk
// that crosses the limit, saying how many bytes had come).
class chunked_decode
{
    // Reads tokens and nothing else, to say where the whole text stops.
    struct token_reader
    {
        static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
        static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
        static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
        static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
        using ec_t = boost::system::error_code;
        bool on_document_begin(ec_t&) { return true; }
        bool on_document_end(ec_t&) { return true; }
        bool on_object_begin(ec_t&) { return true; }
        bool on_object_end(std::size_t, ec_t&) { return true; }
        bool on_array_begin(ec_t&) { return true; }
        bool on_array_end(std::size_t, ec_t&) { return true; }
        bool on_key_part(std::string_view, std::size_t, ec_t&) { return true; }
        bool on_key(std::string_view, std::size_t, ec_t&) { return true; }
        bool on_string_part(std::string_view, std::size_t, ec_t&) { return true; }
        bool on_string(std::string_view, std::size_t, ec_t&) { return true; }
        bool on_number_part(std::string_view, ec_t&) { return true; }
        bool on_int64(std::int64_t, std::string_view, ec_t&) { return true; }
        bool on_uint64(std::uint64_t, std::string_view, ec_t&) { return true; }
        bool on_double(double, std::string_view, ec_t&) { return true; }
        bool on_bool(bool, ec_t&) { return true; }
        bool on_null(ec_t&) { return true; }
        bool on_comment_part(std::string_view, ec_t&) { return true; }
        bool on_comment(std::string_view, ec_t&) { return true; }
    };

    struct pending
    {
        bool active = false;
        error err;                   // code and path; offset and message when settled
        std::string window;          // the input from window_base on, as far as it came
        std::size_t window_base = 0;
        lex_point from;              // a byte of the window whose state is known
        std::size_t offset_more = 0; // the offset if the input goes on to `need`
        std::size_t offset_end = 0;  // the offset if it ends before
        bool end_incomplete = false; // ending before `need` makes the text incomplete
        std::size_t need = 0;
        std::size_t reread_from = std::string_view::npos;  // a \u escape to read again, in the window
        bool raw = false;            // a raw member, undecided, is settled first
        std::uint64_t tail_escapes = 0;  // bit k: byte from.at - 1 - k begins an escape
    };

public:
    chunked_decode(value_ops const* ops, void* out, decode_options const& opts, void (*reset)(void*),
                   std::vector<absent_member>* absent, std::size_t size_hint)
        : opts_(opts), parser_(parse_options_of(opts_), opts_, ops, out), out_(out), reset_(reset)
    {
        parser_.handler().set_chunked(size_hint);
        parser_.handler().collect_absent(absent);
    }

    chunked_decode(chunked_decode const&) = delete;
    chunked_decode& operator=(chunked_decode const&) = delete;

    result<void> write(std::string_view chunk)
    {
        if(state_ != open)
            return state_ == failed ? result<void>(error_) : after_finish();
        if(chunk.empty())
            return {};
        if(chunk.size() > opts_.max_input_size - bytes_)
            return fail(input_too_large(bytes_ + chunk.size(), opts_));
        if(pending_.active)  // enough bytes now to say where the whole text stops?
            return pending_more(chunk);
        decoder& d = parser_.handler();
        if(!d.begin_chunk(chunk, bytes_))
            return fail_at(chunk, 0);
        boost::system::error_code ec;
        std::size_t n = parser_.write_some(true, chunk.data(), chunk.size(), ec);
        if(ec || d.failed())
            return failure(chunk, n, ec, false);
        if(n < chunk.size())
            return fail({boost::json::error::extra_data, "$", bytes_ + n, "unexpected data after the document"});
        d.end_chunk();
        keep_tail(chunk);
        bytes_ += chunk.size();
        return {};
    }

    result<void> finish()
    {
        if(state_ != open)
            return state_ == failed ? result<void>(error_) : result<void>();
        if(pending_.active)
            return pending_more({});
        decoder& d = parser_.handler();
        static char const nothing[1] = {0};
        std::string_view const none(nothing, 0);
        if(!d.begin_chunk(none, bytes_) || !d.end_input())
            return fail_at(none, 0);
        boost::system::error_code ec;
        std::size_t n = parser_.write_some(false, nothing, 0, ec);
        if(ec || d.failed())
            return failure(none, n, ec, true);
        state_ = finished;
        return {};
    }

    bool finished_ok() const noexcept { return state_ == finished; }
    std::size_t bytes() const noexcept { return bytes_; }

private:
    static boost::json::parse_options parse_options_of(decode_options const& opts) noexcept
    {
        boost::json::parse_options po;
        po.max_depth = effective_max_depth(opts);
        return po;
    }

    result<void> after_finish() const
    {
        return error{boost::json::error::extra_data, "$", bytes_, "unexpected data after the document"};
    }

    result<void> fail(error e)
    {
        state_ = failed;
        error_ = std::move(e);
        reset_(out_);
        return error_;
    }

    // A raw member settled as failing, reported at its key.
    result<void> settle_raw_failure()
    {
        decoder& d = parser_.handler();
        error e = std::move(d.failure());
        e.offset = d.failure_offset();
        return fail(std::move(e));
    }

    // The decoder failed before the parser read `chunk`: a raw member settled.
    result<void> fail_at(std::string_view chunk, std::size_t n)
    {
        boost::system::error_code none;
        return failure(chunk, n, none, false);
    }

    // The last bytes before the current chunk, for messages that look back.
    void keep_tail(std::string_view chunk)
    {
        constexpr std::size_t keep = sizeof tail_;
        if(chunk.size() >= keep)
        {
            std::memcpy(tail_, chunk.data() + chunk.size() - keep, keep);
            tail_size_ = keep;
            return;
        }
        std::size_t const old = tail_size_ + chunk.size() > keep ? keep - chunk.size() : tail_size_;
        std::memmove(tail_, tail_ + tail_size_ - old, old);
        std::memcpy(tail_ + old, chunk.data(), chunk.size());
        tail_size_ = old + chunk.size();
    }

    // The tail and `chunk`, and the state at the chunk's first byte.
    std::string window(std::string_view chunk) const
    {
        std::string w(tail_, tail_size_);
        w.append(chunk.data(), chunk.size());
        return w;
    }

    result<void> failure(std::string_view chunk, std::size_t n, boost::system::error_code ec, bool at_end)
    {
        decoder& d = parser_.handler();
        // A raw union member still open failed first, at its key, if it fails;
        // whether it does may depend on bytes to come (`nu` may be `null`).
        // (Not at the end of the input, nor for a bracket too deep, no part of `null`.)
        bool const raw_waits =
            !d.failed() && !at_end && ec != boost::json::error::too_deep && d.raw_undecided();
        if(!raw_waits)
            d.settle_open_raw_for_failure();
        error e;
        if(d.failed())
        {
            e = std::move(d.failure());
            e.offset = bytes_ + n;
            if(d.failure_offset() != static_cast<std::size_t>(-1))
                e.offset = d.failure_offset();
            else if(std::size_t len = d.literal_failed())
            {
                // The parser stops on a literal's first byte when the literal is
                // in one chunk, on its last when it spans chunks.
                char const c = n < chunk.size() ? chunk[n] : '\0';
                if(c != 't' && c != 'f' && c != 'n')
                    e.offset -= len - 1;
            }
            return fail(std::move(e));
        }
        bool const deep = ec == boost::json::error::too_deep;
        e.code = deep ? make_error_code(errc::too_deep) : ec;
        e.path = d.path();
        e.offset = bytes_ + n;
        if(deep)
        {
            e.message = too_deep_message(opts_);
            return fail(std::move(e));
        }
        if(at_end)
        {
            e.code = boost::json::error::incomplete;
            e.message = "unexpected end of input";
            return fail(std::move(e));
        }
        // Where the whole text would have stopped may depend on bytes to come:
        // the error waits for them (a few at most), or for the end.
        pending& p = pending_;
        p = pending{};
        p.err = std::move(e);
        p.window = window(chunk);
        p.window_base = bytes_ - tail_size_;
        p.from = lex_point{tail_size_, d.chunk_lex()};
        p.tail_escapes = d.tail_escapes();
        std::size_t const at = bytes_ + n;
        p.offset_more = p.offset_end = at;
        p.raw = raw_waits;
        bytes_ += chunk.size();
        if(at == bytes_)
        {
            // Found at the end of what has come (a surrogate escape's digits
            // read): at the end of the input, the text is incomplete instead.
            p.end_incomplete = true;
            p.need = at + 1;
        }
        emulate_whole_text(p, at);
        if(bytes_ >= p.need && !p.raw)
            return settle_pending(true);
        p.active = true;
        return {};
    }

    // A parser error found as bytes came in small pieces where the whole text
    // would have been read in one: Boost.JSON reads some tokens (literals,
    // \u escapes, UTF-8 sequences) at once when enough input is left, byte by
    // byte otherwise, and the two stop at different bytes.
    void emulate_whole_text(pending& p, std::size_t at)
    {
        std::string_view const w = p.window;
        std::size_t const i = at - p.window_base;  // `at` in the window
        std::size_t const chunk_begin = p.from.at;
        boost::system::error_code const ec = p.err.code;
        namespace bj = boost::json;
        if(ec == bj::error::syntax)
        {
            // A UTF-8 sequence cut by a chunk's end is refused at its lead byte
            // (the bytes after it, a quote too, are taken as its own until then).
            // Its lead byte is the first of the three before the refused byte
            // (or the chunk, if earlier) whose sequence reaches that far.
            std::size_t const reach = i < chunk_begin ? i : chunk_begin;
            for(std::size_t lead = reach > 3 ? reach - 3 : 0; lead < reach; ++lead)
            {
                auto const c = static_cast<unsigned char>(w[lead]);
                std::size_t const len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
                if(c >= 0xc0 && lead + len > reach)
                {
                    if(!valid_utf8(w, lead, w.size()))
                    {
                        p.offset_more = p.offset_end = p.window_base + lead;
                        return;
                    }
                    break;
                }
            }
        }
        if(ec == bj::error::syntax && !inside_string(w, i, p.from))
        {
            // A literal read byte by byte is refused at its first wrong byte;
            // at once (with its length left), at its first byte.
            if(std::size_t k = cut_literal(w, i))
            {
                p.offset_more = at - k;
                p.need = std::max(p.need, at - k + literal_length(w[i - k]));
                return;
            }
        }
        // A \u escape (or a pair) read byte by byte because a chunk's end cut
        // it: read again, from the first escape of the run it belongs to (a
        // pair is read as one), as the whole text reads it.
        // Which backslashes begin an escape: before the chunk, as the decoder
        // found them (a run of backslashes may be longer than the window); in
        // it, from the state at its first byte.
        std::string escapes(w.size(), '\0');
        for(std::size_t j = 0; j < chunk_begin && chunk_begin - j <= 64; ++j)
            escapes[j] = static_cast<char>((p.tail_escapes >> (chunk_begin - 1 - j)) & 1);
        lex_state st = p.from.state;
        for(std::size_t j = chunk_begin; j < w.size(); ++j)
        {
            if(st == lex_state::outside || st == lex_state::closing_quote)
                st = w[j] == '"' ? lex_state::in_string : lex_state::outside;
            else if(st == lex_state::escaped)
                st = lex_state::in_string;
            else if(w[j] == '\\')
                st = lex_state::escaped, escapes[j] = 1;
            else if(w[j] == '"')
                st = lex_state::outside;
        }
        auto const begins_escape = [&](std::size_t j) { return escapes[j] != 0; };
        auto const is_escape = [&](std::size_t j) {
            if(j + 5 >= w.size() || !begins_escape(j) || w[j + 1] != 'u')
                return false;
            for(std::size_t k = 2; k < 6; ++k)
                if(!std::isxdigit(static_cast<unsigned char>(w[j + k])))
                    return false;
            return true;
        };
        std::size_t b = std::string_view::npos;
        for(std::size_t j = i; j-- > 0 && i - j <= 12;)  // the byte refused may be the next escape's
            if(j + 1 < w.size() && w[j + 1] == 'u' && begins_escape(j))
            {
                b = j;
                break;
            }
        if(b == std::string_view::npos || !inside_string(w, i, p.from))
            return;
        // A backslash among an escape's four digits begins no escape: the
        // parser refused that escape (`\u\udc00` is refused at its digits).
        for(bool moved = true; moved;)
        {
            moved = false;
            for(std::size_t k = b >= 4 ? b - 4 : 0; k + 2 <= b; ++k)
                if(w[k + 1] == 'u' && begins_escape(k))
                {
                    b = k;
                    moved = true;
                    break;
                }
        }
        std::size_t const last = b;
        while(b >= 6 && is_escape(b - 6))
            b -= 6;
        bool const cut = b < chunk_begin || at == bytes_ || w.size() - last <= 12;
        if(!cut)
            return;
        if(b < 6 && p.window_base != 0 && b != last)
            return;  // the run may begin before the window: its pairs are unknown
        p.reread_from = b;
        p.need = std::max(p.need, p.window_base + last + 12);
        p.reread_from = b;
        p.need = std::max(p.need, p.window_base + b + 13);
    }

    // Reads the escape at `p.reread_from` again, as one piece (`more`: the
    // window may stop before the input ends).
    static void reread_escape(pending& p, bool more)
    {
        if(p.reread_from == std::string_view::npos)
            return;
        std::string text = "\"";
        text.append(p.window, p.reread_from, std::string::npos);
        boost::json::parse_options po;
        boost::json::basic_parser<token_reader> r(po);
        boost::system::error_code ec;
        std::size_t n = r.write_some(more, text.data(), text.size(), ec);
        if(!ec || ec == boost::json::error::incomplete || n == 0)
            return;
        p.err.code = ec;
        p.offset_more = p.offset_end = p.window_base + p.reread_from + n - 1;
        p.end_incomplete = !more && n >= text.size();
    }

    static bool valid_utf8(std::string_view w, std::size_t lead, std::size_t end) noexcept
    {
        auto const b = [&](std::size_t k) { return static_cast<unsigned char>(w[lead + k]); };
        unsigned char const c = b(0);
        std::size_t const len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        if(c < 0xc2 || c > 0xf4 || lead + len > end)
            return false;
        unsigned char lo = 0x80, hi = 0xbf;
        if(c == 0xe0)
            lo = 0xa0;
        else if(c == 0xed)
            hi = 0x9f;
        else if(c == 0xf0)
            lo = 0x90;
        else if(c == 0xf4)
            hi = 0x8f;
        if(b(1) < lo || b(1) > hi)
            return false;
        for(std::size_t k = 2; k < len; ++k)
            if(b(k) < 0x80 || b(k) > 0xbf)
                return false;
        return true;
    }

    static std::size_t literal_length(char first) noexcept { return first == 'f' ? 5 : 4; }

    // How many bytes of a literal come before byte `at` of `w`, when the
    // parser failed there outside strings, inside a literal; else 0.
    static std::size_t cut_literal(std::string_view w, std::size_t at) noexcept
    {
        for(std::string_view lit : {std::string_view("true"), std::string_view("false"), std::string_view("null")})
            for(std::size_t k = lit.size() - 1; k >= 1; --k)
                if(k <= at && w.substr(at - k, k) == lit.substr(0, k))
                {
                    char const before = at - k > 0 ? w[at - k - 1] : ' ';
                    if(!(before >= 'a' && before <= 'z'))
                        return k;
                }
        return 0;
    }

    // The error waits for more bytes: `chunk` came (empty: the input ended).
    result<void> pending_more(std::string_view chunk)
    {
        pending& p = pending_;
        std::string_view const kept = chunk.substr(0, 32);
        p.window.append(kept.data(), kept.size());
        bytes_ += chunk.size();
        decoder& d = parser_.handler();
        if(p.raw)
            d.capture_more(kept);  // a few bytes decide it: at most `null` and one after
        if(chunk.empty())
            return settle_pending(bytes_ >= p.need);
        if(bytes_ < p.need || (p.raw && d.raw_undecided()))
            return {};
        return settle_pending(true);
    }

    // `more`: the input goes on past what the error needed to know.
    result<void> settle_pending(bool more)
    {
        pending& p = pending_;
        p.active = false;
        if(p.raw)
        {
            decoder& d = parser_.handler();
            d.settle_open_raw_for_failure();
            if(d.failed())
                return settle_raw_failure();
        }
        reread_escape(p, more);
        error e = std::move(p.err);
        e.offset = more ? p.offset_more : p.offset_end;
        if(!more && p.end_incomplete && e.offset >= bytes_)
        {
            e.code = boost::json::error::incomplete;
            e.message = "unexpected end of input";
        }
        else
            e.message = parse_message(e.code, p.window, e.offset - p.window_base, p.from);
        return fail(std::move(e));
    }

    enum state_t { open, finished, failed };

    decode_options opts_;  // the decoder refers to it
    boost::json::basic_parser<decoder> parser_;
    void* out_;
    void (*reset_)(void*);
    std::size_t bytes_ = 0;  // bytes fed before the current chunk
    state_t state_ = open;
    error error_;
    char tail_[64] = {};
    std::size_t tail_size_ = 0;
    pending pending_;
};

} // namespace detail

/** Decodes JSON text into a `T` as it arrives, chunk by chunk.

    Feed the text with `write` in chunks of any size, split anywhere, then call
    `finish`: the value, or the error (code, path, absolute byte offset and
    message), is the one `decode_into` gives for the whole text. Only what the
    current value needs is kept between chunks (a string or number cut by a
    chunk's end, the raw text of an unknown union member), never the text.
    Limits are checked as bytes arrive: the chunk that takes the input past
    `max_input_size` is refused. An error is final: each later call returns it,
    and the value is `T{}`.

    With `size_hint` (the body's Content-Length, say), lists reserve their
    capacity from a guess as decoding the whole text does; without, they grow
    geometrically.
*/
template <class T>
class stream_decoder
{
    static_assert(detail::is_shape<T>, "stream_decoder reads a shape: a described struct or a tagged_union");

public:
    /// Decodes into a `T` of its own, read with `value()` or `release()`.
    explicit stream_decoder(decode_options const& opts = {}, std::size_t size_hint = 0)
        : own_(std::make_unique<T>()), out_(own_.get()), impl_(make(opts, size_hint))
    {
    }

    /// Decodes into `out`, which must outlive the decoder; strings and lists
    /// already there are reused, as `decode_into` reuses them.
    explicit stream_decoder(T& out, decode_options const& opts = {}, std::size_t size_hint = 0)
        : out_(&out), impl_(make(opts, size_hint))
    {
    }

    /// Decodes the next bytes of the text.
    result<void> write(std::string_view chunk) { return impl_->write(chunk); }

    /// The text has ended: the document must be complete.
    result<void> finish() { return impl_->finish(); }

    /// Bytes accepted so far.
    std::size_t bytes() const noexcept { return impl_->bytes(); }

    /// Whether `finish` succeeded.
    bool done() const noexcept { return impl_->finished_ok(); }

    /// The value: complete once `finish` has succeeded, `T{}` after an error.
    T& value() noexcept { return *out_; }
    T const& value() const noexcept { return *out_; }

    /// Moves the value out.
    T release() { return std::move(*out_); }

private:
    std::unique_ptr<detail::chunked_decode> make(decode_options const& opts, std::size_t size_hint)
    {
        return std::make_unique<detail::chunked_decode>(detail::ops_ptr<T>(), out_, opts, &reset, nullptr,
                                                         size_hint);
    }
    static void reset(void* p) { *static_cast<T*>(p) = T{}; }

    std::unique_ptr<T> own_;
    T* out_;
    std::unique_ptr<detail::chunked_decode> impl_;
};

} // namespace neptune_graph

#endif
