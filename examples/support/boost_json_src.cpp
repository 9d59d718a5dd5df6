// The ONE translation unit that compiles Boost.JSON for this project's own
// builds (tests, the example CLI, benchmarks). The library itself is
// header-only and links only Boost's headers; each program must compile
// Boost.JSON exactly once, either by linking Boost::json / -lboost_json or by
// including <boost/json/src.hpp> in one TU, as done here.
#include <boost/json/src.hpp>
