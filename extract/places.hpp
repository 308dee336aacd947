// Places: countries, regions, cities and areas named in the text, each with
// its ISO 3166-1 country, found through the gazetteer and disambiguated by the
// story's other places.
#pragma once
#include <string>
#include <vector>

#include "extract/gazetteer.hpp"
#include "extract/segment.hpp"

namespace claimex {

struct PlaceMention {
  Span span;  // normalised bytes
  const Place* place;   // in the gazetteer, which outlives the analysis; null: an unlisted area
  // "places/gazetteer/<table>", "places/dateline", "places/area-head" ("the
  // Abu Salim district"), "places/led" ("the village of Dabanga") or
  // "places/local-namesake" (a small town abroad read as one at home),
  // "places/dateline-town" (the dateline's unlisted town written again) or
  // "places/named-again" (any other unlisted place written again) or
  // "places/located" (a lone unknown name after "in", "near", "entered") or
  // "places/region-head" ("Harris County", "Kherson Oblast") or
  // "places/listed-with-towns" ("around Obuasi, Tarkwa and Dunkwa-on-Offin")
  // or "places/apposed" ("Ccollpa, a farming village")
  std::string rule;
  std::string country;  // ISO 3166-1 alpha-2 or ""
  PlaceKind unlisted_kind = PlaceKind::area;  // what an unlisted place is ("the town of X": a city)
  PlaceKind kind() const { return place ? place->kind : unlisted_kind; }
};

struct PlaceInput {
  std::string_view text;  // normalised
  const Segmentation* segments;
  std::size_t body_start = 0;  // a dateline may open the body
};

// Which of several places a name means: the one in a country the story
// already names (the dateline counts), else a country, a capital, a region,
// the most populous city. "Paris, Texas" takes the place in the named region's
// country. Not places: a word from the stoplist, a name glued to other
// capitalised words ("Kenya Ports Authority", "Andrew Jackson"), or a word the
// story already used as part of a person's name.
std::vector<PlaceMention> find_places(const Gazetteer& gazetteer, const PlaceInput& in);

}  // namespace claimex
