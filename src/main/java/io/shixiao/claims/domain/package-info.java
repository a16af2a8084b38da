/**
 * The claim aggregate and its rules, plain Java: the lifecycle as named, guarded transitions, the
 * one-time notice of missing documents (保险法第二十二条), back-dated entries (补录), the document
 * checklists, the motor adjustment with 交强险 first, and approval authority.
 */
package io.shixiao.claims.domain;
