#include "projections/Projector.h"
// Implementation in progress.
