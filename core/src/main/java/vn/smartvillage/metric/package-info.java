/**
 * Typed metrics: the facts criteria measure, and how household facts aggregate into their village and
 * counts into their parents. Which metrics exist is data of a country's packs: Vietnam's are in
 * {@code smartvillage-criteria-vn}.
 */
package vn.smartvillage.metric;
