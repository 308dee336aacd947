// Actors: people, organisations, governments, militaries, armed groups, media
// and unnamed descriptors (rules and tables under rules/actors/). Countries
// come from demonyms and places around the mention; later mentions by
// surname carry the full name of the first.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/matcher.hpp"
#include "extract/places.hpp"

namespace claimex {

struct ActorMention {
  Span span;             // normalised bytes
  std::string kind;      // person | organization | government | military | armed_group | media | descriptor
  std::string name;      // canonical; "" for a descriptor
  std::string title;     // "Prime Minister", "Union leader"; "" for none
  std::string country;   // ISO 3166-1 alpha-2 or ""
  std::string rule;      // the rule id, or "actors/alias"
};

ExtractorSpec actors_spec();

// The tables the actor rules name: actors/organizations.tsv, org_heads.tsv,
// demonyms.tsv, lead_words.tsv, and places/compound_suffixes.tsv. Missing
// tables are empty.
class ActorLexicon {
 public:
  explicit ActorLexicon(const RuleSet& rules);
  struct KnownOrg {
    std::string kind, country, canonical;
  };
  const KnownOrg* known(std::string_view name) const;
  // The kind a head word gives ("organization" when unknown). A two-word head
  // in the table, the word before it and the head, wins: "Constitutional
  // Council" is a court where a bare "Council" may be any body.
  std::string head_kind(std::string_view head, std::string_view word_before = {}) const;
  bool org_head(std::string_view word) const { return heads_.count(word) > 0; }
  // "National", "Federal": a word that opens a state body's name (actors/state_words.tsv).
  bool state_word(std::string_view word) const { return state_words_.count(word) > 0; }
  // The kind a head makes after a place's name or a state word where it
  // differs ("the Ghana Cocoa Board": government; org_heads.tsv, placed), or "".
  std::string placed_kind(std::string_view head) const {
    auto it = placed_.find(head);
    return it == placed_.end() ? "" : it->second;
  }
  // "Power" in "Kenya Power and Lighting Co.": a head that also stands inside
  // a longer name (org_heads.tsv, inner = yes).
  bool inner_head(std::string_view word) const { return inner_heads_.count(word) > 0; }
  std::string demonym_country(std::string_view word) const;
  bool lead_word(std::string_view word) const { return lead_.count(word) > 0; }
  // "based" in "the Britain-based Syrian Observatory": a compound before a
  // body's name that is no part of it (places/compound_suffixes.tsv).
  bool body_suffix(std::string_view word) const { return body_suffixes_.count(word) > 0; }
  // A word that makes a name a road, river or building's (places/feature_words.tsv).
  bool feature_word(std::string_view word) const { return features_.count(word) > 0; }
  // One that also opens such a name: "Lake Powell", "Mount Kenya".
  bool feature_opener(std::string_view word) const { return feature_openers_.count(word) > 0; }

 private:
  std::map<std::string, KnownOrg, std::less<>> known_;
  std::map<std::string, std::string, std::less<>> heads_, demonyms_, placed_;
  std::set<std::string, std::less<>> lead_, body_suffixes_, inner_heads_, features_, feature_openers_, state_words_;
};

struct ActorInput {
  std::string_view text;  // normalised
  const Segmentation* segments;
  const std::vector<PlaceMention>* places;  // sorted by start, as find_places returns them
  const Gazetteer* gazetteer;  // country names inside a name: "Kenya Ports Authority"
};

// Every rule hit and what became of it, for `claimex explain`. A kept hit may
// still be dropped after: a name that is only a sentence word, a role that
// is the title of the name after it.
struct ActorCandidate {
  // inside_quote: a descriptor in the speaker's own words ("“The attackers
  // knew”"), which is no actor of the story.
  enum class Fate { kept, overlapped, place, inside_quote };
  Hit hit;
  Fate fate = Fate::kept;
  std::size_t lost_to = 0;  // overlapped: the candidate that won
};
std::vector<ActorCandidate> actor_candidates(const RuleSet& rules, const ActorInput& in);

std::vector<ActorMention> find_actors(const RuleSet& rules, const ActorLexicon& lexicon, const ActorInput& in);

}  // namespace claimex
