#pragma once

#include "sync/Peers.h" // reports and sync are on one level: neither knows the other
