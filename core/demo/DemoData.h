#pragma once

#include <span>

namespace teren::demo {

// Fixed ingredients of the synthetic Karlovy Vary region. Texts are UTF-8 Czech;
// every name is invented (random combinations of common given and family names).

struct PlaceSeed
{
    const char *code;
    const char *municipality;
    const char *district;
    int weight; // relative share of clients
    // Estimated residents in social exclusion for the demo's default 1,300 clients
    // (scaled with the number of clients); 0: no estimate.
    int residents;
};

struct ProviderSeed
{
    const char *name;
    const char *district;
    int workers;
};

struct FamilyName
{
    const char *male;
    const char *female;
    const char *household; // the family as a whole: "Horváthovi"
};

struct StepSeed
{
    const char *text;
    const char *responsible; // client, worker, institution
};

struct WeightedCode
{
    const char *code;
    int weight;
};

struct AreaSeed
{
    const char *code;
    int resolvedWeight;   // share among resolved needs (per mille)
    int unresolvedWeight; // share among the other needs (per mille)
    int resolveMinDays;   // identified → resolved
    int resolveMaxDays;
    const char *goals[3]; // short, medium, long
    StepSeed steps[4];
    const char *notes[3];
    std::span<const WeightedCode> outcomes;
};

std::span<const PlaceSeed> places();
std::span<const ProviderSeed> providers();
std::span<const char *const> workerNames();
std::span<const char *const> maleGivenNames();
std::span<const char *const> femaleGivenNames();
std::span<const FamilyName> familyNames();
std::span<const char *const> aliases();
std::span<const char *const> clientNotes();
std::span<const AreaSeed> areas();
std::span<const WeightedCode> interventions();
std::span<const char *const> generalNotes();

} // namespace teren::demo
