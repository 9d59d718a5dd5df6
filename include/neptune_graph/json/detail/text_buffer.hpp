// A byte buffer that lives on the stack until it outgrows it.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_TEXT_BUFFER_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_TEXT_BUFFER_HPP

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// Collects the pieces of a string the parser hands over in parts (escapes,
// numbers split across buffers). Most such strings are short: they stay in
// the inline array, and a decode of a small document allocates nothing here.
class text_buffer
{
public:
    void append(std::string_view s)
    {
        if(!on_heap_ && size_ + s.size() <= sizeof inline_)
            std::memcpy(inline_ + size_, s.data(), s.size());
        else
        {
            if(!on_heap_)
            {
                heap_.assign(inline_, size_);
                on_heap_ = true;
            }
            heap_.append(s.data(), s.size());
        }
        size_ += s.size();
    }

    bool empty() const noexcept { return size_ == 0; }

    std::string_view view() const noexcept
    {
        return on_heap_ ? std::string_view(heap_) : std::string_view(inline_, size_);
    }

    // Keeps the heap string's capacity for the next long string.
    void clear() noexcept
    {
        if(on_heap_)
        {
            heap_.clear();
            on_heap_ = false;
        }
        size_ = 0;
    }

private:
    char inline_[256];
    std::size_t size_ = 0;  // bytes held, inline or on the heap
    bool on_heap_ = false;
    std::string heap_;
};

} // namespace detail
} // namespace neptune_graph

#endif
