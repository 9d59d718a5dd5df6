// Counts heap allocations: the global operator new is replaced for the whole
// benchmark binary, and counts while a `counting_allocations` scope is alive.
//
// Replacement allocation functions may not be inline, so this header defines
// them and must be included by exactly one translation unit (bench_main.cpp).
#ifndef NEPTUNE_GRAPH_BENCH_ALLOC_COUNTER_HPP
#define NEPTUNE_GRAPH_BENCH_ALLOC_COUNTER_HPP

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace bench {

namespace alloc_detail {
inline std::atomic<bool> enabled{false};
inline std::atomic<std::size_t> count{0};

inline void note() noexcept
{
    if(enabled.load(std::memory_order_relaxed))
        count.fetch_add(1, std::memory_order_relaxed);
}

inline void* allocate(std::size_t n)
{
    note();
    if(void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}

inline void* allocate(std::size_t n, std::align_val_t a)
{
    note();
    std::size_t const al = static_cast<std::size_t>(a);
    std::size_t const size = (n + al - 1) / al * al;  // aligned_alloc wants a multiple
    if(void* p = std::aligned_alloc(al, size ? size : al))
        return p;
    throw std::bad_alloc();
}
} // namespace alloc_detail

/// Counts the allocations made while it lives (not reentrant, one thread).
class counting_allocations
{
public:
    counting_allocations() noexcept
    {
        alloc_detail::count.store(0, std::memory_order_relaxed);
        alloc_detail::enabled.store(true, std::memory_order_relaxed);
    }
    ~counting_allocations() { stop(); }

    /// Stops counting; returns the allocations made so far.
    std::size_t stop() noexcept
    {
        alloc_detail::enabled.store(false, std::memory_order_relaxed);
        return alloc_detail::count.load(std::memory_order_relaxed);
    }

    counting_allocations(counting_allocations const&) = delete;
    counting_allocations& operator=(counting_allocations const&) = delete;
};

} // namespace bench

// The other forms (nothrow, sized delete) forward to these in libstdc++ and
// libc++; they are replaced too so that no library depends on that.
void* operator new(std::size_t n) { return bench::alloc_detail::allocate(n); }
void* operator new[](std::size_t n) { return bench::alloc_detail::allocate(n); }
void* operator new(std::size_t n, std::align_val_t a) { return bench::alloc_detail::allocate(n, a); }
void* operator new[](std::size_t n, std::align_val_t a) { return bench::alloc_detail::allocate(n, a); }
void* operator new(std::size_t n, std::nothrow_t const&) noexcept
{
    bench::alloc_detail::note();
    return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept
{
    bench::alloc_detail::note();
    return std::malloc(n ? n : 1);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { std::free(p); }

#endif
