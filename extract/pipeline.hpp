// The whole extraction of one document: normalise, segment, extract. A pure
// function of the document and the rule set; no I/O, no clock, no globals
// beyond the immutable rules.
#pragma once
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/actors.hpp"
#include "extract/anonymity.hpp"
#include "extract/claims.hpp"
#include "extract/dates.hpp"
#include "extract/places.hpp"
#include "extract/dct.hpp"
#include "extract/normalise.hpp"
#include "extract/rules.hpp"
#include "extract/segment.hpp"

namespace claimex {

struct Document {
  std::string id;
  std::string text;                          // the original bytes
  std::optional<std::string> date_field;     // the input record's date, as given
  std::optional<CalendarDate> date_fallback; // --date: used when the record has none
};

enum class DctSource { field, header, flag, none };
const char* to_string(DctSource s);

struct Warning {
  std::string code;
  std::string message;
};

// Which fields a run writes. Each needs some others to be found first:
// claims name actors and markers and link dates and places; actors need places.
struct Selection {
  bool dates = true, places = true, actors = true, markers = true, claims = true;

  // "dates,places": the output fields by name (markers or anonymity_markers).
  // nullopt, with error set, for an unknown name or an empty list.
  static std::optional<Selection> parse(std::string_view list, std::string& error);
  Selection needed() const;  // this plus what it depends on
  // The rule folders the needed extractors compile ("dates", "claims"...).
  std::set<std::string> rule_folders() const;
};

struct Analysis {
  NormalisedText norm;
  std::optional<CalendarDate> dct;
  DctSource dct_source = DctSource::none;
  std::size_t body_start = 0;  // normalised bytes; a date header precedes it
  Segmentation segments;
  std::vector<DateMention> dates;
  std::vector<PlaceMention> places;
  std::vector<ActorMention> actors;
  std::vector<AnonymityMarker> markers;
  std::vector<Claim> claims;
  std::vector<Warning> warnings;
  Selection written;  // the fields to emit; the rest may be empty or partial
};

// Every extractor's rule vocabulary, for load_rules.
std::vector<ExtractorSpec> extractor_specs();

class Pipeline {
 public:
  explicit Pipeline(std::shared_ptr<const RuleSet> rules);
  Analysis analyse(const Document& doc, const Selection& write = {}) const;
  // The same for several documents, stage by stage (every document's dates,
  // then every document's places...): one extractor's rules stay in the CPU
  // caches across documents, which is much faster than document by document.
  // The results equal analyse() on each.
  std::vector<Analysis> analyse_batch(const std::vector<const Document*>& docs, const Selection& write = {}) const;
  const RuleSet& rules() const { return *rules_; }
  const DateLexicon& date_lexicon() const { return date_lexicon_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const ActorLexicon& actor_lexicon() const { return actor_lexicon_; }
  const ClaimLexicon& claim_lexicon() const { return claim_lexicon_; }

 private:
  Analysis prepare(const Document& doc, const Selection& write) const;  // normalise, article date, segment
  std::shared_ptr<const RuleSet> rules_;
  Segmenter segmenter_;
  DateLexicon date_lexicon_;
  Gazetteer gazetteer_;
  ActorLexicon actor_lexicon_;
  ClaimLexicon claim_lexicon_;
};

}  // namespace claimex
