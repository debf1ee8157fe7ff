#pragma once

#include "store/Store.h" // a domain header must not know the store
