#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace claimex;

namespace {

// "text=name/kind/country" for every place found.
std::vector<std::string> places_in(const std::string& text) {
  Document doc{"t", text, std::string("2025-11-19"), std::nullopt};
  const Analysis a = test::project_pipeline().analyse(doc);
  std::vector<std::string> out;
  for (const PlaceMention& p : a.places) {
    const std::string surface = a.norm.text().substr(p.span.start, p.span.size());
    out.push_back(surface + "=" + (p.place ? p.place->name : surface) + "/" +
                  (p.place ? to_string(p.place->kind) : "area") + "/" + p.country);
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("datelines: all-caps city and country before (AP)") {
  CHECK(places_in("NAIROBI, Kenya (AP) — Police said Sunday.") == V{"NAIROBI=Nairobi/city/KE", "Kenya=Kenya/country/KE"});
  CHECK(places_in("WASHINGTON (AP) — The Senate voted.") == V{"WASHINGTON=Washington/city/US"});
}

TEST_CASE("ambiguous names follow the story's other places") {
  CHECK(places_in("TRIPOLI, Libya (AP) — Fighting spread in Tripoli.")[2] == "Tripoli=Tripoli/city/LY");
  CHECK(places_in("BEIRUT (AP) — Clashes in Tripoli, in northern Lebanon.")[1] == "Tripoli=Tripoli/city/LB");
  CHECK(places_in("Voters in Georgia and Florida went to the polls.")[0] == "Georgia=Georgia/region/US");
  CHECK(places_in("Russia and Georgia signed a truce.")[1] == "Georgia=Georgia/country/GE");
  CHECK(places_in("Officials in Washington state said the fires spread.") == V{"Washington state=Washington/region/US"});
  CHECK(places_in("The rally in Paris, Texas, drew hundreds.")[0] == "Paris=Paris/city/US");
  CHECK(places_in("The rally in Paris drew hundreds.")[0] == "Paris=Paris/city/FR");
}

TEST_CASE("news forms, diacritics and compounds") {
  CHECK(places_in("Troops left the U.S. and Britain.") == V{"U.S.=United States/country/US", "Britain=United Kingdom/country/GB"});
  CHECK(places_in("Flights to Bogota resumed.") == V{"Bogota=Bogotá/city/CO"});
  CHECK(places_in("A Boston-based firm won.") == V{"Boston=Boston/city/US"});
  CHECK(places_in("Syria's army and Iraq's Defense Ministry met.") == V{"Syria=Syria/country/SY", "Iraq=Iraq/country/IQ"});
}

TEST_CASE("not places: stopwords, person names, organisation names") {
  CHECK(places_in("Mobile phones were banned.").empty());
  CHECK(places_in("Officials met Andrew Jackson on Friday.").empty());
  CHECK(places_in("The Kenya Ports Authority declined to comment.").empty());
  CHECK(places_in("The Council of Europe said it was alarmed.").empty());
  CHECK(places_in("Dr. Farida Osman spoke. Osman said clinics were full.").empty());
}

TEST_CASE("an unlisted district takes the story's country") {
  CHECK(places_in("TRIPOLI, Libya (AP) — Gunfire echoed through the Abu Salim district.")[2] ==
        "Abu Salim=Abu Salim/area/LY");
}
