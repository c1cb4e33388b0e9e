// Name-based UUIDs (RFC 4122 version 5, SHA-1) for stable event IRIs.
#pragma once

#include <string>
#include <string_view>

namespace diplograph::internal {

// SHA-1 digest of `data` as 20 raw bytes.
std::string Sha1(std::string_view data);
// The version-5 UUID of `name` in the namespace given as 16 raw bytes,
// formatted "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx".
std::string UuidV5(std::string_view namespace_bytes, std::string_view name);
// diplograph's own namespace: the UUIDv5 of "https://w3id.org/diplograph/" in the URL namespace.
std::string_view DiplographNamespace();

}  // namespace diplograph::internal
