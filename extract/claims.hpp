// Claims: who said what. Rules under rules/claims/ find a cue with its source
// and content in one attribution shape each ("...," she said. / X said
// that ... / according to X, ...); this stage then trims the content, picks
// the source's head mention, resolves pronouns, short names and definite
// descriptions to a speaker, types the source, and judges its anonymity
// against the story's anonymity markers.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/actors.hpp"
#include "extract/anonymity.hpp"
#include "extract/dates.hpp"
#include "extract/matcher.hpp"
#include "extract/places.hpp"

namespace claimex {

ExtractorSpec claims_spec();

// The word tables the claim stage reads (rules/claims/*.tsv): cue verbs with
// lemma and class, words allowed between a cue and its "that", pronouns with
// gender and number, document nouns, vague source nouns, gendered words.
class ClaimLexicon {
 public:
  explicit ClaimLexicon(const RuleSet& rules);
  struct Cue {
    std::string lemma, cls;
    bool object = false;  // an addressee may follow: "told reporters that"
  };
  const Cue* cue(std::string_view form) const;
  bool frame_word(std::string_view w) const { return frames_.count(lower(w)) > 0; }
  // "m", "f", "n" (it), "p" (they), "r" (who, which): empty when not a pronoun.
  std::string pronoun(std::string_view w) const;
  bool document_noun(std::string_view w) const { return documents_.count(lower(w)) > 0; }
  bool vague_noun(std::string_view w) const { return vague_.count(lower(w)) > 0; }
  // A noun whose usual sense is a person, singular or plural ("juror", "guides").
  bool person_noun(std::string_view w) const { return person_nouns_.count(lower(w)) > 0; }
  // A common noun for a body ("the ministry"); whether it may stand for a
  // body of this kind whose name does not hold it ("the company" for an
  // organization, "the regulator" for a government body: org_nouns.tsv).
  bool org_noun(std::string_view w) const { return org_nouns_.count(lower(w)) > 0; }
  bool stands_for(std::string_view noun, std::string_view kind) const;
  std::string gender(std::string_view w) const;  // "m", "f" or ""
  // What a first name says of gender (first_names.tsv): "m", "f" or "".
  std::string first_name_gender(std::string_view w) const;
  static std::string lower(std::string_view w);
  static bool determiner(std::string_view w);

 private:
  std::map<std::string, Cue, std::less<>> cues_;
  std::set<std::string, std::less<>> frames_, documents_, vague_, person_nouns_;
  std::map<std::string, std::string, std::less<>> pronouns_, gender_, first_names_;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> org_nouns_;  // noun -> kinds
};

struct ClaimSource {
  Span span;                           // empty when the claim has no source of its own
  std::string name;                    // the resolved speaker; the source text when unresolved
  std::string kind;                    // named_person ... document, unknown
  std::optional<std::size_t> actor;    // index into the actor mentions
  bool resolved = false;               // a pronoun, short name or description was followed back
};

struct Claim {
  Span whole;                          // the attribution, cue to content
  std::string type;                    // direct | indirect | mixed
  Span content;
  std::optional<Span> cue;             // none for a quotation continuing the previous claim
  std::string lemma, cue_class;
  ClaimSource source;
  bool anonymous = false;
  std::vector<std::size_t> markers;    // indices into the anonymity markers
  std::optional<std::size_t> reason;   // the marker stating why
  std::vector<std::string> flags;      // no_stated_reason, vague_source, hedged
  std::vector<std::size_t> dates, places, actors;  // inside the content
  std::string rule;                    // rule id, or "claims/quote-continued"
};

struct ClaimInput {
  std::string_view text;  // normalised
  const Segmentation* segments;
  std::size_t body_start = 0;
  // Sorted by start and never overlapping, as find_actors returns them: the
  // resolvers search backwards from a claim by binary search.
  const std::vector<ActorMention>* actors;
  const std::vector<AnonymityMarker>* markers;
  const std::vector<DateMention>* dates;
  const std::vector<PlaceMention>* places;
};

// The spans the claim rules run over: sentences, joined where a quotation
// runs across a sentence end, without the dateline.
std::vector<Span> claim_units(const ClaimInput& in);

// Every rule hit and what became of it, for `claimex explain`.
struct ClaimCandidate {
  enum class Fate { kept, overlapped, vetoed };
  Hit hit;
  Fate fate = Fate::kept;
  std::size_t lost_to = 0;
};
std::vector<ClaimCandidate> claim_candidates(const RuleSet& rules, const ClaimLexicon& lexicon, const ClaimInput& in);

std::vector<Claim> find_claims(const RuleSet& rules, const ClaimLexicon& lexicon, const ClaimInput& in);

}  // namespace claimex
