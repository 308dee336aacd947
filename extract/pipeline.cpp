#include "extract/pipeline.hpp"

namespace claimex {

const char* to_string(DctSource s) {
  switch (s) {
    case DctSource::field: return "field";
    case DctSource::header: return "header";
    case DctSource::flag: return "flag";
    case DctSource::none: return "none";
  }
  return "none";
}

std::vector<ExtractorSpec> extractor_specs() { return {dates_spec(), actors_spec(), anonymity_spec(), claims_spec()}; }

Pipeline::Pipeline(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)), segmenter_(*rules_), date_lexicon_(*rules_), gazetteer_(*rules_), actor_lexicon_(*rules_), claim_lexicon_(*rules_) {}

Analysis Pipeline::analyse(const Document& doc) const {
  Analysis a;
  a.norm = normalise(doc.text);
  if (a.norm.invalid_bytes() > 0)
    a.warnings.push_back({"invalid_utf8", std::to_string(a.norm.invalid_bytes()) +
                                              " invalid UTF-8 byte(s) read as U+FFFD"});

  // Looked for in the normalised text, so a byte-order mark or odd spaces
  // before it do not hide it; the body starts after it.
  const auto header = find_date_header(a.norm.text());
  if (header) a.body_start = header->body_start;
  if (doc.date_field) {
    if (auto d = parse_iso_date(*doc.date_field)) {
      a.dct = d;
      a.dct_source = DctSource::field;
    } else {
      a.warnings.push_back({"bad_date", "date field '" + doc.date_field->substr(0, 64) +
                                            "' is not YYYY-MM-DD; ignored"});
    }
  }
  if (!a.dct && header) {
    a.dct = header->date;
    a.dct_source = DctSource::header;
  }
  if (!a.dct && doc.date_fallback) {
    a.dct = doc.date_fallback;
    a.dct_source = DctSource::flag;
  }

  a.segments = segmenter_.segment(a.norm.text(), a.body_start);
  a.dates = find_dates(*rules_, date_lexicon_, {a.norm.text(), &a.segments, a.dct});
  a.places = find_places(gazetteer_, {a.norm.text(), &a.segments, a.body_start});
  a.actors = find_actors(*rules_, actor_lexicon_, {a.norm.text(), &a.segments, &a.places, &gazetteer_});
  a.markers = find_anonymity_markers(*rules_, a.norm.text(), a.segments);
  a.claims = find_claims(*rules_, claim_lexicon_,
                         {a.norm.text(), &a.segments, a.body_start, &a.actors, &a.markers, &a.dates, &a.places});
  return a;
}

}  // namespace claimex
