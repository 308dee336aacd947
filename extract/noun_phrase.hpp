// Noun phrases the rules cut short. RE2 has no lookahead, so a rule cannot
// say "any word but a function word" and lists the modifiers it knows;
// this widens a phrase found from its head back over words it did not know
// when a determiner opens them: "specialists" in "Two tuberculosis
// specialists said" becomes all three words, while "specialists" in "that
// tuberculosis specialists" stays itself.
#pragma once
#include <string_view>

#include "extract/span.hpp"

namespace claimex {

// np widened to the determiner ("a", "two", "several", "1,840" ...) that
// opens one to three lower-case words before it; np itself when no such
// determiner is there, or when np already opens with one.
Span widen_to_determiner(std::string_view text, Span np);

// The role words of a title a rule read before a name, without the clause
// that ran into them: "President" of "Wednesday against President" or "The
// government of President"; "Secretary of State" stays whole.
std::string_view role_of_title(std::string_view title);

}  // namespace claimex
