// The text side of encoding: punctuation, layout, escaped strings, numbers.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_WRITER_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_WRITER_HPP

#include <neptune_graph/detail/utf8.hpp>

#include <boost/config.hpp>

#include <charconv>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// The first byte at or after `p` that a JSON string cannot hold as it is:
// a quote, a backslash, a control character, or the start of a multi-byte
// UTF-8 sequence (checked separately). SSE2 is part of every x86-64 CPU.
inline unsigned char const* find_special(unsigned char const* p, unsigned char const* end) noexcept
{
#if defined(__SSE2__)
    __m128i const quote = _mm_set1_epi8('"');
    __m128i const backslash = _mm_set1_epi8('\\');
    __m128i const space = _mm_set1_epi8(0x20);
    while(end - p >= 16)
    {
        __m128i v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        // A signed compare with 0x20 catches 0x00-0x1f and 0x80-0xff at once.
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                   _mm_cmplt_epi8(v, space));
        int mask = _mm_movemask_epi8(hit);
        if(mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    // Eight bytes at a time: a byte below 0x20, at or above 0x80, a quote or a
    // backslash sets its high bit in `hit`. Below the first such byte nothing
    // borrows, so the lowest bit set is exact (those above may not be).
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while(end - p >= 8)
    {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        std::uint64_t const q = x ^ (ones * '"'), b = x ^ (ones * '\\');
        std::uint64_t const hit =
            (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) | x) & highs;
        if(hit != 0)
            return p + static_cast<unsigned>(__builtin_ctzll(hit)) / 8;
        p += 8;
    }
    while(p != end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
        ++p;
    return p;
}

// Writes into a std::string through a raw pointer: the string is grown ahead
// in large steps and trimmed to what was written by finish(), so each
// character costs a store, not a capacity check inside std::string.
class writer
{
public:
    writer(std::string& out, bool pretty) : out_(out), len_(out.size()), pretty_(pretty)
    {
        grow(256);
    }

    // Trims the string to what was written; call once, at the end.
    void finish() { out_.resize(len_); }

    void open(char c)
    {
        put(c);
        ++depth_;
    }

    void close(char c, bool empty)
    {
        --depth_;
        if(pretty_ && !empty)
            newline();
        put(c);
    }

    // Before each member or element.
    void next(bool first)
    {
        if(!first)
            put(',');
        if(pretty_)
            newline();
    }

    bool key(std::string_view k)
    {
        if(!string(k))
            return false;
        colon();
        return true;
    }

    // A member's key with the separator before it, from one literal made at
    // compile time: `,"name":` (the comma is left out before the first member).
    BOOST_FORCEINLINE void member_key(std::string_view literal, bool first)
    {
        if(BOOST_LIKELY(!pretty_))
        {
            ensure(literal.size());
            // Two copies of sizes known where this is inlined: no call to memcpy.
            if(first)
                copy(literal.data() + 1, literal.size() - 1);
            else
                copy(literal.data(), literal.size());
            return;
        }
        next(first);
        raw(literal.substr(1));
        put(' ');
    }

    // A member name as a key: identifiers need no escaping.
    void plain_key(std::string_view k)
    {
        plain_string(k);
        colon();
    }

    // A string known to need no escaping (member names, enumerator names).
    void plain_string(std::string_view s)
    {
        ensure(s.size() + 2);
        buf_[len_++] = '"';
        copy(s.data(), s.size());
        buf_[len_++] = '"';
    }

    void raw(std::string_view s)
    {
        ensure(s.size());
        copy(s.data(), s.size());
    }

    void boolean(bool b) { b ? raw("true") : raw("false"); }

    void integer(std::int64_t v)
    {
        ensure(24);
        len_ = static_cast<std::size_t>(std::to_chars(buf_ + len_, buf_ + len_ + 24, v).ptr - buf_);
    }

    void unsigned_integer(std::uint64_t v)
    {
        ensure(24);
        len_ = static_cast<std::size_t>(std::to_chars(buf_ + len_, buf_ + len_ + 24, v).ptr - buf_);
    }

    // Microseconds as the shortest exact decimal number of seconds.
    void seconds(std::int64_t us)
    {
        ensure(32);
        std::uint64_t m = us < 0 ? 0 - static_cast<std::uint64_t>(us) : static_cast<std::uint64_t>(us);
        if(us < 0)
            buf_[len_++] = '-';
        len_ = static_cast<std::size_t>(std::to_chars(buf_ + len_, buf_ + len_ + 24, m / 1000000).ptr - buf_);
        std::uint64_t frac = m % 1000000;
        if(frac == 0)
            return;
        char digits[7] = {'.', '0', '0', '0', '0', '0', '0'};
        std::size_t n = 7;
        for(std::size_t i = 6; i > 0; --i, frac /= 10)
            digits[i] = static_cast<char>('0' + frac % 10);
        while(digits[n - 1] == '0')
            --n;
        copy(digits, n);
    }

    // A quoted, escaped string; false (nothing usable written) if `s` is not UTF-8.
    bool string(std::string_view s)
    {
        // Most strings need no escape: one check of room and one copy.
        auto const* const begin = reinterpret_cast<unsigned char const*>(s.data());
        auto const* const end = begin + s.size();
        auto const* const q = find_special(begin, end);
        if(BOOST_LIKELY(q == end))
        {
            ensure(s.size() + 2);
            buf_[len_++] = '"';
            copy(s.data(), s.size());
            buf_[len_++] = '"';
            return true;
        }
        return escaped_string(s, q);
    }

    std::size_t bad_utf8_at() const noexcept { return bad_utf8_at_; }

private:
    // The rest of string(): `q` is the first byte that needs care.
    BOOST_NOINLINE bool escaped_string(std::string_view s, unsigned char const* q)
    {
        static constexpr char hex[] = "0123456789abcdef";
        put('"');
        auto const* const begin = reinterpret_cast<unsigned char const*>(s.data());
        auto const* const end = begin + s.size();
        auto const* p = begin;
        while(p != end)
        {
            if(p != begin)
                q = find_special(p, end);  // copy runs that need no care at once
            raw(std::string_view(reinterpret_cast<char const*>(p), static_cast<std::size_t>(q - p)));
            if(q == end)
                break;
            unsigned char c = *q;
            if(c >= 0x80)
            {
                std::size_t n = utf8_sequence(s, static_cast<std::size_t>(q - begin));
                if(n == 0)
                {
                    bad_utf8_at_ = static_cast<std::size_t>(q - begin);
                    return false;
                }
                raw(std::string_view(reinterpret_cast<char const*>(q), n));
                p = q + n;
                continue;
            }
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            switch(c)
            {
            case '"': raw("\\\""); break;
            case '\\': raw("\\\\"); break;
            case '\b': raw("\\b"); break;
            case '\f': raw("\\f"); break;
            case '\n': raw("\\n"); break;
            case '\r': raw("\\r"); break;
            case '\t': raw("\\t"); break;
            default: raw(std::string_view(esc, 6)); break;
            }
            p = q + 1;
        }
        put('"');
        return true;
    }

    void ensure(std::size_t n)
    {
        if(BOOST_UNLIKELY(out_.size() - len_ < n))
            grow(n);
    }

    // Growing a std::string zero-fills what it adds: a string that already has
    // the room (one encoded into before) is grown to all of it at once.
    BOOST_NOINLINE void grow(std::size_t n)
    {
        std::size_t size = out_.size() * 2;
        if(size < len_ + n)
            size = len_ + n;
        if(size < out_.capacity() && out_.size() > 256)
            size = out_.capacity();
        out_.resize(size);
        buf_ = &out_[0];
    }

    void put(char c)
    {
        ensure(1);
        buf_[len_++] = c;
    }

    // After ensure().
    void copy(char const* p, std::size_t n) noexcept
    {
        std::memcpy(buf_ + len_, p, n);
        len_ += n;
    }

    void colon()
    {
        if(pretty_)
            raw(": ");
        else
            put(':');
    }

    void newline()
    {
        ensure(1 + static_cast<std::size_t>(depth_) * 2);
        buf_[len_++] = '\n';
        std::memset(buf_ + len_, ' ', static_cast<std::size_t>(depth_) * 2);
        len_ += static_cast<std::size_t>(depth_) * 2;
    }

    std::string& out_;
    char* buf_ = nullptr;
    std::size_t len_;
    bool pretty_;
    int depth_ = 0;
    std::size_t bad_utf8_at_ = 0;
};

} // namespace detail
} // namespace neptune_graph

#endif
