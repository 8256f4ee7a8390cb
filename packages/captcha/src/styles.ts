// The shadow root's styles. Theming: the --idaas-captcha-* custom properties and the ::part()s (see the README).
// --x is the drop in pixels of the 310-pixel original; piece, handle and fill are placed in % of the rendered
// width from it, so the layout is right at any width with no measuring. 47/310 is the piece's share of the width.
export const STYLES: string = `:host{display:block;max-width:310px;color:var(--idaas-captcha-text,#1e293b);font:var(--idaas-captcha-font,14px/1.4 system-ui,sans-serif);-webkit-user-select:none;user-select:none;--a:var(--idaas-captcha-accent,#2563eb);--r:var(--idaas-captcha-radius,8px);--b:var(--idaas-captcha-border,#cbd5e1)}
:host([hidden]){display:none}
[part=box]{--w:calc(100%*47/310);--l:calc(var(--x)*100%/310)}
[part=image]{position:relative;aspect-ratio:2;border-radius:var(--r);overflow:hidden;background:var(--idaas-captcha-track,#f1f5f9)}
img{position:absolute;top:0;left:0;width:100%;height:100%;display:block;pointer-events:none}
img:not([src]){visibility:hidden}
[part=piece]{width:var(--w);left:var(--l);filter:drop-shadow(0 0 3px #0009)}
[data-state=loading] img{opacity:.6}
button{all:unset;position:absolute;top:6px;right:6px;width:32px;height:32px;border-radius:50%;background:#fffe;color:#1e293b;display:grid;place-items:center;cursor:pointer;box-shadow:0 1px 3px #0005}
svg{width:18px;height:18px;fill:none;stroke:currentColor;stroke-width:2.2;stroke-linecap:round}
[part=track]{position:relative;height:40px;margin-top:8px;border-radius:var(--r);background:var(--idaas-captcha-track,#f1f5f9);box-shadow:inset 0 0 0 1px var(--b);display:grid;place-items:center;padding-left:var(--w);color:#475569;font-size:.93em;touch-action:none}
[part=fill]{position:absolute;inset:0 auto 0 0;width:calc(var(--l) + var(--w));border-radius:var(--r);background:color-mix(in srgb,var(--c,var(--a)) 15%,transparent);box-shadow:inset 0 0 0 1px var(--c,var(--a))}
[part=handle]{position:absolute;top:0;left:var(--l);width:var(--w);height:100%;border-radius:var(--r);background:#fff;box-shadow:0 1px 3px #0004,inset 0 0 0 1px var(--b);color:#334155;display:grid;place-items:center;cursor:grab;touch-action:none}
[part=handle]:before{content:"";width:7px;height:7px;border:solid;border-width:2px 2px 0 0;transform:translateX(-2px) rotate(45deg)}
[data-state=dragging] [part=handle]{cursor:grabbing}
[data-state=dragging] [part=handle],[data-state=checking] [part=handle],[data-state=verified] [part=handle]{background:var(--c,var(--a));color:#fff;box-shadow:0 1px 3px #0004}
[data-state=verified]{--c:var(--idaas-captcha-success,#15803d)}
[data-state=verified] [part=handle]:before{width:5px;height:10px;border-width:0 2px 2px 0;transform:translateY(-2px) rotate(45deg)}
[aria-disabled=true]{cursor:default}
[data-moved] [part=hint],[data-state=verified] [part=hint]{visibility:hidden}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
[part=message]{display:block;min-height:1.4em;margin-top:6px;font-size:.93em}
[data-tone=ok] [part=message]{color:var(--idaas-captcha-success,#15803d)}
[data-tone=bad] [part=message]{color:var(--idaas-captcha-error,#b91c1c)}
@media (prefers-reduced-motion:no-preference){:not([data-state=dragging])>*>:is([part=piece],[part=fill],[part=handle]){transition:left .25s,width .25s}}`;
