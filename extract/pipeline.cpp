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

std::optional<Selection> Selection::parse(std::string_view list, std::string& error) {
  Selection s{false, false, false, false, false};
  std::size_t names = 0;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view name = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (name.empty()) continue;
    ++names;
    if (name == "dates") s.dates = true;
    else if (name == "places") s.places = true;
    else if (name == "actors") s.actors = true;
    else if (name == "markers" || name == "anonymity_markers") s.markers = true;
    else if (name == "claims") s.claims = true;
    else {
      error = "unknown field '" + std::string(name) + "' (expected dates, places, actors, markers, claims)";
      return std::nullopt;
    }
  }
  if (names == 0) {
    error = "empty list (expected some of dates, places, actors, markers, claims)";
    return std::nullopt;
  }
  return s;
}

Selection Selection::needed() const {
  Selection n = *this;
  if (n.claims) n.actors = n.markers = n.dates = n.places = true;
  if (n.actors) n.places = true;
  return n;
}

std::set<std::string> Selection::rule_folders() const {
  const Selection n = needed();
  std::set<std::string> out;
  if (n.dates) out.insert("dates");
  if (n.actors) out.insert("actors");
  if (n.markers) out.insert("anonymity");
  if (n.claims) out.insert("claims");
  return out;
}

std::vector<ExtractorSpec> extractor_specs() { return {dates_spec(), actors_spec(), anonymity_spec(), claims_spec()}; }

Pipeline::Pipeline(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)), segmenter_(*rules_), date_lexicon_(*rules_), gazetteer_(*rules_), actor_lexicon_(*rules_), claim_lexicon_(*rules_) {}

Analysis Pipeline::prepare(const Document& doc, const Selection& write) const {
  Analysis a;
  a.written = write;
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
  return a;
}

Analysis Pipeline::analyse(const Document& doc, const Selection& write) const {
  return std::move(analyse_batch({&doc}, write).front());
}

std::vector<Analysis> Pipeline::analyse_batch(const std::vector<const Document*>& docs, const Selection& write) const {
  std::vector<Analysis> all;
  all.reserve(docs.size());
  for (const Document* d : docs) all.push_back(prepare(*d, write));
  const Selection run = write.needed();
  if (run.dates)
    for (Analysis& a : all) a.dates = find_dates(*rules_, date_lexicon_, {a.norm.text(), &a.segments, a.dct});
  if (run.places)
    for (Analysis& a : all) a.places = find_places(gazetteer_, {a.norm.text(), &a.segments, a.body_start});
  if (run.actors)
    for (Analysis& a : all)
      a.actors = find_actors(*rules_, actor_lexicon_, {a.norm.text(), &a.segments, &a.places, &gazetteer_});
  if (run.markers)
    for (Analysis& a : all) a.markers = find_anonymity_markers(*rules_, a.norm.text(), a.segments);
  if (run.claims)
    for (Analysis& a : all)
      a.claims = find_claims(*rules_, claim_lexicon_,
                             {a.norm.text(), &a.segments, a.body_start, &a.actors, &a.markers, &a.dates, &a.places});
  return all;
}

}  // namespace claimex
