// Trigger patterns written with "\w" for "a letter of a word", read so that
// the letters outside ASCII count too.
//
// Why: RE2's "\w" is [0-9A-Za-z_] whatever the encoding, so a pattern that
// steps over the words between a verb and its noun ("sent (?:[\w.'-]+\s+){0,5}?
// a congratulatory message") stopped at the first name written with an accent
// ("Pedro Sánchez sent Erdoğan a congratulatory message" found nothing), and
// news writes many names and places so ("Brasília", "López Obrador").
//
// The rewriting keeps everything else as it was: "\w" becomes "[\wL]"
// outside a bracketed class and "\wL" inside one, L the ranges of the
// Latin, Greek and Cyrillic letters outside ASCII and the combining accents
// (written as UTF-8 characters; see word_class.cpp); "\W" outside a class
// becomes the complement of "[\wL]". "\W" inside a class (as in "[^\Wd]", a
// word character but "d") and everything else, escapes, "\Q...\E" quoting
// and "[:name:]" classes included, is copied as it is. "\b" stays RE2's
// ASCII word boundary, so a word that ends in a letter outside ASCII
// ("Kiryé") ends no "\b"; the patterns' gaps of words end at white space.
#pragma once

#include <string>
#include <string_view>

namespace diplograph::internal {

std::string WidenWordClasses(std::string_view pattern);

}  // namespace diplograph::internal
