#pragma once
#include <boost/beast/core.hpp>
#include <chrono>

// Arms the stream's timer through its lowest layer.
inline void armLowest(boost::beast::tcp_stream &s) {
  boost::beast::get_lowest_layer(s).expires_after(std::chrono::seconds(30));
}
