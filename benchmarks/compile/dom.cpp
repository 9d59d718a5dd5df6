// Compile cost: Boost.JSON's DOM, parse + serialize of a small document. The
// parser lives in the compiled library (Boost::json), so no <boost/json/src.hpp>.
#include <boost/json.hpp>

#include <string>
#include <string_view>

std::string compile_cost_dom(std::string_view text)
{
    boost::json::value v = boost::json::parse(text);
    v.as_object()["seen"] = true;
    return boost::json::serialize(v);
}
