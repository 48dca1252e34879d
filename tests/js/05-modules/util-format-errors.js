// util.format and util.inspect let errors of user code escape (toString,
// valueOf, toJSON, custom inspect methods), and formatWithOptions honours its
// options; a custom inspect method gets util.inspect as its third argument.
const u=require('util');
const t=(f)=>{try{console.log(JSON.stringify(f()))}catch(e){console.log('threw',e.message)}};
t(()=>u.format('%s',{toString(){throw new Error('s')}}));
t(()=>u.format('%d',{valueOf(){throw new Error('d')}}));
t(()=>u.format('%i',{toString(){throw new Error('i')}}));
t(()=>u.format('%f',{toString(){throw new Error('f')}}));
t(()=>u.format('%j',{toJSON(){throw new Error('j')}}));
t(()=>u.format('%j',1n));
t(()=>u.format('%O',{[u.inspect.custom](){throw new Error('O')}}));
t(()=>u.format('a',{[u.inspect.custom](){throw new Error('rest')}}));
t(()=>u.format({[u.inspect.custom](){throw new Error('first')}}));
t(()=>u.format('%s',{[u.inspect.custom](){throw new Error('scustom')}}));
t(()=>u.inspect({a:{[u.inspect.custom](){throw new Error('deep')}}}));
t(()=>u.inspect(new Proxy({}, {get(){throw new Error('proxy')}})));
t(()=>u.formatWithOptions({depth:0}, '%O', {a:{b:1}}));
t(()=>u.inspect({x:{[u.inspect.custom](d,o,i){return i===u.inspect}}}));
